// The SessionStore contract over every database the repository opens; one line each.
import { postgresDatabase, sqliteFile, sqliteInMemory } from './contract/databases.ts';
import { sessionStoreContract } from './contract/session-store.ts';

sessionStoreContract(sqliteInMemory);
sessionStoreContract(sqliteFile);
sessionStoreContract(postgresDatabase());
