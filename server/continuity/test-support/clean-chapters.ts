// Clean chapters: flashbacks, journeys, items handed over and back, the dead remembered. No finding is right.
import { actsOn, at, book, dies, type Fixture, item, learns, says, scene } from './book.ts';

export const CLEAN_CHAPTERS: Fixture[] = [
  book('the dead appear only in a flashback and in memory', [
    scene('a.1', '“Hold the line,” Tomas said. Then the arrow found him, and Tomas died in the mud.', {
      clock: { day: 3, minute: 6 * 60 },
      present: [at('tomas', 'the causeway'), at('mara', 'the causeway')],
      actions: [says('tomas', '“Hold the line,” Tomas said.')],
      status: [dies('tomas', 'Tomas died in the mud.')],
    }),
    scene(
      'a.2',
      'Twelve years earlier, Tomas taught her to swim. Tomas laughed when she swallowed the lake.',
      {
        flashback: true,
        clock: { day: -4380, label: 'twelve years earlier' },
        present: [at('tomas', 'the lake'), at('mara', 'the lake')],
        actions: [says('tomas', 'Tomas laughed when she swallowed the lake.')],
      },
    ),
    scene(
      'a.3',
      'They buried Tomas Reyl beneath the oak. Mara remembered how Tomas laughed. “Tomas said we should never kneel,” she whispered. Tomas’s sword hung above the hearth. Tomas gave his life for the causeway. Tomas left a debt at the inn. Tomas once said the sea keeps what it takes.',
      { clock: { day: 4 }, present: [at('mara', 'the oak')] },
    ),
  ]),
  book('travel between scenes', [
    scene('b.1', 'Mara watched the ships from the harbour wall.', {
      clock: { day: 1, minute: 8 * 60 },
      present: [at('mara', 'the harbour')],
    }),
    scene('b.2', 'Mara rode from the harbour to the keep. Narrow stairs took her up to the hall.', {
      clock: { day: 1, minute: 15 * 60 },
      present: [at('mara', 'the keep')],
      moves: [{ character_id: 'mara', from: 'the harbour', to: 'the keep', evidence: '' }],
    }),
    scene('b.3', 'By nightfall Mara stood on the tower, and Kaelen joined her.', {
      clock: { day: 1, minute: 21 * 60 },
      present: [at('mara', 'the tower'), at('kael', 'the tower')],
    }),
  ]),
  book('a journey within a scene', [
    scene('c.1', 'Kaelen drank at the inn until the bell. Then Kaelen walked to the mill and slept there.', {
      present: [at('kael', 'the inn'), at('kael', 'The Mill')],
      moves: [{ character_id: 'kael', from: 'the inn', to: 'the mill', evidence: '' }],
    }),
    scene('c.2', 'Ilse went from the market to the keep, and from the keep to the chapel.', {
      present: [at('ilse', 'the market'), at('ilse', 'the chapel'), at('ilse', 'the keep')],
      moves: [
        { character_id: 'ilse', from: 'the market', to: 'the keep', evidence: '' },
        { character_id: 'ilse', from: 'the keep', to: 'the chapel', evidence: '' },
      ],
    }),
  ]),
  book('a sword handed over', [
    scene('d.1', 'Mara handed the sword to Kaelen. “Keep it,” she said.', {
      items: [item('mara', 'carries', 'sword'), item('mara', 'gives', 'the sword', '', 'kael')],
    }),
    scene('d.2', 'Kaelen drew the sword Mara gave him. Mara missed the weight of the sword at her hip.', {
      items: [item('kael', 'uses', 'sword', 'Kaelen drew the sword Mara gave him.')],
    }),
    scene(
      'd.3',
      'At dawn Mara took the sword from the rack where Kaelen had left it, and held it out to him.',
      {
        items: [item('mara', 'gains', 'sword'), item('mara', 'gives', 'sword', '', 'kael')],
      },
    ),
  ]),
  book('a key handed over and handed back', [
    scene('e.1', 'Mara gave the iron key to Ilse for safekeeping.', {
      items: [item('mara', 'gives', 'iron key', '', 'ilse')],
    }),
    scene('e.2', 'Ilse gave the iron key back to Mara at the gate.', {
      items: [item('ilse', 'gives', 'iron key', '', 'mara')],
    }),
    scene('e.3', 'Mara unlocked the vault with the iron key.', {
      items: [item('mara', 'uses', 'iron key', 'Mara unlocked the vault with the iron key.')],
    }),
  ]),
  book('a lantern lost and found again', [
    scene('f.1', 'Oren lost the lantern in the flood.', { items: [item('oren', 'loses', 'lantern')] }),
    scene('f.2', 'Oren found the lantern caught in the reeds.', {
      items: [item('oren', 'gains', 'lantern')],
    }),
    scene('f.3', 'Oren lit the lantern and went down into the dark.', {
      items: [item('oren', 'uses', 'lantern')],
    }),
  ]),
  book('facts told before they are used, and one known from the past', [
    scene('g.1', 'Mara went straight to the crypt.', {
      knowledge: [actsOn('mara', 'the key is in the crypt', 'Mara went straight to the crypt.')],
    }),
    scene('g.2', 'Ilse told Mara that the steward was the traitor.', {
      knowledge: [learns('mara', 'the steward is the traitor', '', 'ilse')],
    }),
    scene('g.3', 'Mara barred the door against the steward.', {
      knowledge: [actsOn('mara', 'The steward is the traitor.')],
    }),
    scene('g.4', 'Long ago, her mother had whispered that the key was in the crypt.', {
      flashback: true,
      knowledge: [learns('mara', 'the key is in the crypt')],
    }),
  ]),
  book('the clock moves forward in every way it can', [
    scene('h.1', 'Dawn on the first day.', { clock: { day: 1, minute: 5 * 60, label: 'dawn' } }),
    scene('h.2', 'A moment later the horn sounded.', { clock: { step: 'continues' } }),
    scene('h.3', 'Later that day they reached the river.', { clock: { day: 1, step: 'later' } }),
    scene('h.4', 'Her mother’s voice, long ago.', { flashback: true, clock: { day: -900, step: 'earlier' } }),
    scene('h.5', 'The second day began in rain.', { clock: { day: 2, minute: 4 * 60 } }),
  ]),
  book('distinct real names beside the cast', [
    scene(
      'i.1',
      'At the stall, Maria the baker gave Mara a loaf. On the quay, Thomas the ferryman waited while Tomas Reyl paid him. Lord Venn of Greyhaven sent word from Ashfall. “ZOË!” Kaelen shouted, and Zoë Quill turned. Hall after hall stood empty. Marrow’s ledger lay open.',
      {
        present: [
          at('mara', 'the market'),
          at('tomas', 'the market'),
          at('kael', 'the market'),
          at('zoe', 'the market'),
        ],
      },
    ),
    scene('i.2', 'Narrow streets led to the river. Over the water the Smith’s forge glowed. Oren waved.', {
      present: [at('oren', 'the river'), at('bran', 'the forge')],
    }),
  ]),
  book('the wounded go on, and a death takes effect after the scene', [
    scene(
      'j.1',
      'Kaelen was wounded at the bridge. Brannoch said the fever would pass. That night Brannoch died.',
      {
        present: [at('kael', 'the bridge'), at('bran', 'the bridge')],
        status: [
          { character_id: 'kael', status: 'injured', evidence: '' },
          dies('bran', 'That night Brannoch died.'),
        ],
        actions: [says('bran', 'Brannoch said the fever would pass.')],
      },
    ),
    scene('j.2', 'Kaelen limped to the forge. They carried Brannoch to the chapel and laid him down.', {
      present: [at('kael', 'the forge')],
      actions: [{ character_id: 'kael', kind: 'acts', evidence: 'Kaelen limped to the forge.' }],
    }),
    scene('j.3', 'Kaelen was well again by spring.', {
      status: [{ character_id: 'kael', status: 'alive', evidence: 'Kaelen was well again by spring.' }],
    }),
  ]),
  book('items carried, given among friends, and used by the new owner', [
    scene('k.1', 'Zoë carried the brass compass everywhere.', {
      items: [item('zoe', 'carries', 'brass compass')],
    }),
    scene('k.2', 'Zoë gave the brass compass to Oren, and Oren gave it to Ilse.', {
      items: [
        item('zoe', 'gives', 'brass compass', '', 'oren'),
        item('oren', 'gives', 'brass compass', '', 'ilse'),
      ],
    }),
    scene('k.3', 'Ilse opened the brass compass. Zoë watched her read it and said nothing.', {
      items: [item('ilse', 'uses', 'brass compass')],
    }),
  ]),
];
