// The ArtifactStore contract over every database the repository opens; one line each.

import { artifactStoreContract } from './test-support/artifact-store-contract.ts';
import { postgresDatabase, sqliteFile, sqliteInMemory } from './test-support/databases.ts';

artifactStoreContract(sqliteInMemory);
artifactStoreContract(sqliteFile);
artifactStoreContract(postgresDatabase());
