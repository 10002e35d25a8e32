// The SessionStore contract over every database the repository opens; one line each.
import { postgresDatabase, sqliteFile, sqliteInMemory } from './test-support/databases.ts';
import { sessionStoreContract } from './test-support/session-store-contract.ts';

sessionStoreContract(sqliteInMemory);
sessionStoreContract(sqliteFile);
sessionStoreContract(postgresDatabase());
