// Seeded violations of the rules about people: the dead who act, one body in two places, names spelt twice.
import { at, book, dies, type Fixture, says, scene } from './book.ts';

export const PEOPLE_VIOLATIONS: Fixture[] = [
  book(
    'a character killed in one scene speaks in the next',
    [
      scene('d1.1', 'The bolt took Tomas in the throat. Tomas died on the quay.', {
        present: [at('tomas', 'the quay'), at('mara', 'the quay')],
        status: [dies('tomas', 'Tomas died on the quay.')],
      }),
      scene('d1.2', '“We sail at dawn,” Tomas said. Mara stared at him.', {
        present: [at('mara', 'the quay')],
        actions: [says('tomas', '“We sail at dawn,” Tomas said.')],
      }),
    ],
    [
      [
        'd1.2',
        'DEAD_CHARACTER_ACTS',
        'Tomas Reyl died in scene d1.1 but speaks here, and this scene is not a flashback.',
      ],
    ],
  ),
  book(
    'the prose has a dead character act where the observer recorded nothing',
    [
      scene('d2.1', 'Tomas fell from the wall and lay dead in the snow.', {
        status: [dies('tomas', 'Tomas fell from the wall and lay dead in the snow.')],
      }),
      scene('d2.2', 'Mara kept watch alone.', { present: [at('mara', 'the wall')] }),
      scene('d2.3', 'The gate groaned. Tomas slowly drew his knife and waited.', {
        present: [at('mara', 'the gate')],
      }),
    ],
    [
      [
        'd2.3',
        'DEAD_CHARACTER_ACTS',
        'Tomas Reyl died in scene d2.1 but acts here, and this scene is not a flashback.',
      ],
    ],
  ),
  book(
    'a dead character is listed among those present',
    [
      scene('d3.1', 'Ilse Marrow died of the fever before the thaw.', {
        status: [dies('ilse', 'Ilse Marrow died of the fever before the thaw.')],
      }),
      scene('d3.2', 'The council met in the long hall.', {
        present: [
          at('mara', 'the long hall'),
          at('ilse', 'the long hall', 'The council met in the long hall.'),
        ],
      }),
    ],
    [
      [
        'd3.2',
        'DEAD_CHARACTER_ACTS',
        'Ilse Marrow died in scene d3.1 but is present here, and this scene is not a flashback.',
      ],
    ],
  ),
  book(
    'a flashback may show the dead, the present may not',
    [
      scene('d4.1', 'Oren Hale died at the ford.', { status: [dies('oren', 'Oren Hale died at the ford.')] }),
      scene('d4.2', 'Years earlier, Oren said the river would take him.', {
        flashback: true,
        actions: [says('oren', 'Years earlier, Oren said the river would take him.')],
      }),
      scene('d4.3', '“Cross now,” said Oren. Mara did not turn around.', {
        present: [at('mara', 'the ford')],
      }),
    ],
    [
      [
        'd4.3',
        'DEAD_CHARACTER_ACTS',
        'Oren Hale died in scene d4.1 but speaks here, and this scene is not a flashback.',
      ],
    ],
  ),
  book(
    'a dead character is recorded as alive again',
    [
      scene('d5.1', 'Mara buried her brother.', { present: [at('mara', 'the hill')] }),
      scene('d5.2', 'Kaelen Dross died in the fire.', {
        status: [dies('kael', 'Kaelen Dross died in the fire.')],
      }),
      scene('d5.3', 'Kaelen was well again by spring.', {
        status: [{ character_id: 'kael', status: 'alive', evidence: 'Kaelen was well again by spring.' }],
      }),
    ],
    [
      [
        'd5.3',
        'DEAD_CHARACTER_ACTS',
        'Kaelen Dross died in scene d5.2 but is alive again here, and this scene is not a flashback.',
      ],
    ],
  ),
  book(
    'a death shown in a flashback holds in the present',
    [
      scene('d6.1', 'Mara came home to Greyhaven.', { present: [at('mara', 'Greyhaven')] }),
      scene('d6.2', 'Long before, the Smith died at his forge.', {
        flashback: true,
        status: [dies('bran', 'Long before, the Smith died at his forge.')],
      }),
      scene('d6.3', 'Brannoch nodded to her from the forge door.', {
        present: [at('mara', 'the forge'), at('bran', 'the forge')],
      }),
    ],
    [
      [
        'd6.3',
        'DEAD_CHARACTER_ACTS',
        'Brannoch died in scene d6.2 but acts here, and this scene is not a flashback.',
      ],
    ],
  ),
  book(
    'a character is in two places at once',
    [
      scene('p1.1', 'Mara watched the ships come in. At the same hour she stood guard on the tower.', {
        present: [
          at('mara', 'the harbour', 'Mara watched the ships come in.'),
          at('mara', 'the tower', 'At the same hour she stood guard on the tower.'),
        ],
      }),
    ],
    [
      [
        'p1.1',
        'CHARACTER_IN_TWO_PLACES',
        'Mara Venn is at the harbour and at the tower in this scene, with no journey between them.',
      ],
    ],
  ),
  book(
    'a journey that does not join the two places',
    [
      scene(
        'p2.1',
        'Kaelen drank at the inn. Kaelen ground the grain at the mill, then walked to the bridge.',
        {
          present: [at('kael', 'the inn'), at('kael', 'the mill')],
          moves: [{ character_id: 'kael', from: 'the mill', to: 'the bridge', evidence: '' }],
        },
      ),
    ],
    [
      [
        'p2.1',
        'CHARACTER_IN_TWO_PLACES',
        'Kaelen Dross is at the inn and at the mill in this scene, with no journey between them.',
      ],
    ],
  ),
  book(
    'two characters each in two places',
    [
      scene('p3.1', 'Ilse and Oren held the gate. Ilse and Oren slept in the barracks.', {
        present: [
          at('ilse', 'the gate'),
          at('oren', 'the gate'),
          at('ilse', 'the barracks'),
          at('oren', 'the barracks'),
        ],
      }),
    ],
    [
      [
        'p3.1',
        'CHARACTER_IN_TWO_PLACES',
        'Ilse Marrow is at the gate and at the barracks in this scene, with no journey between them.',
      ],
      [
        'p3.1',
        'CHARACTER_IN_TWO_PLACES',
        'Oren Hale is at the gate and at the barracks in this scene, with no journey between them.',
      ],
    ],
  ),
  book(
    'a journey between two places does not explain a third',
    [
      scene('p4.1', 'Ilse walked from the market to the keep. Ilse lit candles in the chapel.', {
        present: [at('ilse', 'the market'), at('ilse', 'the keep'), at('ilse', 'the chapel')],
        moves: [{ character_id: 'ilse', from: 'the market', to: 'the keep', evidence: '' }],
      }),
    ],
    [
      [
        'p4.1',
        'CHARACTER_IN_TWO_PLACES',
        'Ilse Marrow is at the market and at the chapel in this scene, with no journey between them.',
      ],
    ],
  ),
  book(
    'a flashback is no excuse for being in two places',
    [
      scene('p5.1', 'As a boy, Oren fished the lake. That same morning Oren sat at his lessons in Ashfall.', {
        flashback: true,
        present: [at('oren', 'the lake'), at('oren', 'Ashfall')],
      }),
    ],
    [
      [
        'p5.1',
        'CHARACTER_IN_TWO_PLACES',
        'Oren Hale is at the lake and at Ashfall in this scene, with no journey between them.',
      ],
    ],
  ),
  book(
    'names spelt a second way',
    [
      scene('n1.1', 'Kaelen Dross rode north. Behind him, Kaelan’s horse went lame.', {
        present: [at('kael', 'the road')],
      }),
      scene('n1.2', 'Zoë Quill read the letter twice. Zoe folded it away.', {
        present: [at('zoe', 'the study')],
      }),
      scene('n1.3', 'Brannoch worked the bellows. At night Brannock never slept.', {
        present: [at('bran', 'the forge')],
      }),
      scene('n1.4', 'Ilse Marrow kept the ledger. Ilze Marow signed it.', {
        present: [at('ilse', 'the counting house')],
      }),
    ],
    [
      [
        'n1.1',
        'NAME_SPELLED_TWO_WAYS',
        '“Kaelan” looks like a second spelling of “Kaelen” (Kaelen Dross in the cast).',
      ],
      [
        'n1.2',
        'NAME_SPELLED_TWO_WAYS',
        '“Zoe” looks like a second spelling of “Zoë” (Zoë Quill in the cast).',
      ],
      [
        'n1.3',
        'NAME_SPELLED_TWO_WAYS',
        '“Brannock” looks like a second spelling of “Brannoch” (Brannoch in the cast).',
      ],
      [
        'n1.4',
        'NAME_SPELLED_TWO_WAYS',
        '“Ilze” looks like a second spelling of “Ilse” (Ilse Marrow in the cast).',
      ],
      [
        'n1.4',
        'NAME_SPELLED_TWO_WAYS',
        '“Marow” looks like a second spelling of “Marrow” (Ilse Marrow in the cast).',
      ],
    ],
  ),
];
