// The library listing contract over every database the repository opens; one line each.
import { postgresDatabase, sqliteFile, sqliteInMemory } from './contract/databases.ts';
import { libraryListingContract } from './contract/library-listing.ts';

libraryListingContract(sqliteInMemory);
libraryListingContract(sqliteFile);
libraryListingContract(postgresDatabase());
