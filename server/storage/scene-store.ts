// The manuscript's prose, one row per drafted scene, keyed by the outline scene it was written for.
import type { Kysely } from 'kysely';
import { countWords } from '../../protocol/manuscript.ts';
import type { TimestampClock } from './clock.ts';
import type { Database } from './database.ts';
import type { SceneRecord, SceneStore } from './repository.ts';

export function createSceneStore(db: Kysely<Database>, now: TimestampClock): SceneStore {
  return {
    listForOutline: (outlineId) =>
      db.selectFrom('scenes').selectAll().where('outline_id', '=', outlineId).execute(),

    get: (id) => db.selectFrom('scenes').selectAll().where('id', '=', id).executeTakeFirst(),

    async put(scene) {
      const at = now();
      const row: SceneRecord = {
        ...scene,
        word_count: countWords(scene.text),
        created_at: at,
        updated_at: at,
      };
      await db
        .insertInto('scenes')
        .values(row)
        .onConflict((conflict) =>
          conflict.column('id').doUpdateSet({
            text: row.text,
            status: row.status,
            word_count: row.word_count,
            outline_id: row.outline_id,
            updated_at: at,
          }),
        )
        .execute();
      return (await db.selectFrom('scenes').selectAll().where('id', '=', scene.id).executeTakeFirst()) ?? row;
    },

    async delete(ids) {
      if (ids.length === 0) return;
      await db
        .deleteFrom('scenes')
        .where('id', 'in', [...ids])
        .execute();
    },
  };
}
