// The library listing contract over every database the repository opens; one line each.
import { postgresDatabase, sqliteFile, sqliteInMemory } from './test-support/databases.ts';
import { libraryListingContract } from './test-support/library-listing-contract.ts';

libraryListingContract(sqliteInMemory);
libraryListingContract(sqliteFile);
libraryListingContract(postgresDatabase());
