// The ArtifactStore contract over every database the repository opens; one line each.

import { artifactStoreContract } from './contract/artifact-store.ts';
import { postgresDatabase, sqliteFile, sqliteInMemory } from './contract/databases.ts';

artifactStoreContract(sqliteInMemory);
artifactStoreContract(sqliteFile);
artifactStoreContract(postgresDatabase());
