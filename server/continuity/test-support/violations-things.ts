// Seeded violations of the rules about time, things and knowledge.
import { actsOn, book, type Fixture, item, learns, scene } from './book.ts';

const NOT_FLASHBACK = 'and this scene is not a flashback.';

export const THING_VIOLATIONS: Fixture[] = [
  book(
    'the day goes backwards',
    [
      scene('c1.1', 'On the third day the rain stopped.', {
        clock: { day: 3, evidence: 'On the third day the rain stopped.' },
      }),
      scene('c1.2', 'On the second day they reached the pass.', {
        clock: { day: 2, evidence: 'On the second day they reached the pass.' },
      }),
    ],
    [
      [
        'c1.2',
        'CLOCK_RUNS_BACKWARDS',
        `The clock goes back from day 3 in scene c1.1 to day 2, ${NOT_FLASHBACK}`,
      ],
    ],
  ),
  book(
    'the hour goes backwards within a day',
    [
      scene('c2.1', 'At six in the evening the bells rang.', {
        clock: { day: 4, minute: 18 * 60, label: 'evening' },
      }),
      scene('c2.2', 'At nine that morning Mara woke.', {
        clock: { day: 4, minute: 9 * 60, label: 'morning' },
      }),
    ],
    [
      [
        'c2.2',
        'CLOCK_RUNS_BACKWARDS',
        `The clock goes back from day 4, 18:00 (evening) in scene c2.1 to day 4, 09:00 (morning), ${NOT_FLASHBACK}`,
      ],
    ],
  ),
  book(
    'a scene set earlier that is not marked a flashback',
    [
      scene('c3.1', 'Mara left the city.', { clock: { day: 1 } }),
      scene('c3.2', 'The week before, Mara had bought a horse.', {
        clock: {
          step: 'earlier',
          label: 'the week before',
          evidence: 'The week before, Mara had bought a horse.',
        },
      }),
    ],
    [
      [
        'c3.2',
        'CLOCK_RUNS_BACKWARDS',
        `The clock goes back from day 1 in scene c3.1 to the week before, ${NOT_FLASHBACK}`,
      ],
    ],
  ),
  book(
    'after a flashback the present resumes earlier than it left off',
    [
      scene('c4.1', 'Day two of the siege.', { clock: { day: 2 } }),
      scene('c4.2', 'On the first day, long ago.', { flashback: true, clock: { day: 1 } }),
      scene('c4.3', 'The first day of the siege dawned.', { clock: { day: 1 } }),
    ],
    [
      [
        'c4.3',
        'CLOCK_RUNS_BACKWARDS',
        `The clock goes back from day 2 in scene c4.1 to day 1, ${NOT_FLASHBACK}`,
      ],
    ],
  ),
  book(
    'a scene without a clock does not reset it',
    [
      scene('c5.1', 'Day five.', { clock: { day: 5 } }),
      scene('c5.2', 'Time passed.', {}),
      scene('c5.3', 'Day four.', { clock: { day: 4 } }),
    ],
    [
      [
        'c5.3',
        'CLOCK_RUNS_BACKWARDS',
        `The clock goes back from day 5 in scene c5.1 to day 4, ${NOT_FLASHBACK}`,
      ],
    ],
  ),
  book(
    'a lost key is used',
    [
      scene('i1.1', 'Mara lost the iron key in the river.', {
        items: [item('mara', 'loses', 'iron key', 'Mara lost the iron key in the river.')],
      }),
      scene('i1.2', 'Mara unlocked the door with the iron key.', {
        items: [item('mara', 'uses', 'the iron key', 'Mara unlocked the door with the iron key.')],
      }),
    ],
    [
      [
        'i1.2',
        'ITEM_USED_AFTER_PARTED',
        'Mara Venn uses the iron key here, but lost it in scene i1.1 and has not had it back.',
      ],
    ],
  ),
  book(
    'a sword given away is drawn by the giver',
    [
      scene('i2.1', 'Mara handed the sword to Kaelen.', {
        items: [item('mara', 'gives', 'sword', 'Mara handed the sword to Kaelen.', 'kael')],
      }),
      scene('i2.2', 'Mara drew her sword.', {
        items: [item('mara', 'uses', 'sword', 'Mara drew her sword.')],
      }),
    ],
    [
      [
        'i2.2',
        'ITEM_USED_AFTER_PARTED',
        'Mara Venn uses the sword here, but gave it to Kaelen Dross in scene i2.1 and has not had it back.',
      ],
    ],
  ),
  book(
    'the prose uses an item given away where the observer recorded nothing',
    [
      scene('i3.1', 'Mara gave the brass compass to Ilse.', {
        items: [item('mara', 'gives', 'brass compass', 'Mara gave the brass compass to Ilse.', 'ilse')],
      }),
      scene('i3.2', 'Lost in the fog, Mara opened the brass compass and found north.', {}),
    ],
    [
      [
        'i3.2',
        'ITEM_USED_AFTER_PARTED',
        'Mara Venn uses the brass compass here, but gave it to Ilse Marrow in scene i3.1 and has not had it back.',
      ],
    ],
  ),
  book(
    'a lost lantern is given away',
    [
      scene('i4.1', 'Oren dropped the lantern into the well.', { items: [item('oren', 'loses', 'lantern')] }),
      scene('i4.2', 'Oren gave the lantern to Mara.', {
        items: [item('oren', 'gives', 'lantern', '', 'mara')],
      }),
    ],
    [
      [
        'i4.2',
        'ITEM_USED_AFTER_PARTED',
        'Oren Hale gives away the lantern here, but lost it in scene i4.1 and has not had it back.',
      ],
    ],
  ),
  book(
    'a ring given away is used later in the same scene',
    [
      scene('i5.1', 'Mara gave the ring to Kaelen. Later, Mara twisted the ring on her finger.', {
        items: [
          item('mara', 'gives', 'ring', '', 'kael'),
          item('mara', 'uses', 'ring', 'Later, Mara twisted the ring on her finger.'),
        ],
      }),
    ],
    [
      [
        'i5.1',
        'ITEM_USED_AFTER_PARTED',
        'Mara Venn uses the ring here, but gave it to Kaelen Dross in scene i5.1 and has not had it back.',
      ],
    ],
  ),
  book(
    'a map handed back is used by the one who returned it',
    [
      scene('i6.1', 'Kaelen gave the map to Mara.', { items: [item('kael', 'gives', 'map', '', 'mara')] }),
      scene('i6.2', 'Mara gave the map back to Kaelen.', {
        items: [item('mara', 'gives', 'map', '', 'kael')],
      }),
      scene('i6.3', 'Mara read the map by the fire.', {
        items: [item('mara', 'uses', 'map', 'Mara read the map by the fire.')],
      }),
    ],
    [
      [
        'i6.3',
        'ITEM_USED_AFTER_PARTED',
        'Mara Venn uses the map here, but gave it to Kaelen Dross in scene i6.2 and has not had it back.',
      ],
    ],
  ),
  book(
    'a character acts on a fact learned only later',
    [
      scene('k1.1', 'Mara barred the door against the steward.', {
        knowledge: [
          actsOn('mara', 'The steward is the traitor', 'Mara barred the door against the steward.'),
        ],
      }),
      scene('k1.2', 'Ilse told Mara that the steward was the traitor.', {
        knowledge: [
          learns(
            'mara',
            'the steward is the traitor.',
            'Ilse told Mara that the steward was the traitor.',
            'ilse',
          ),
        ],
      }),
    ],
    [
      [
        'k1.1',
        'FACT_USED_BEFORE_LEARNED',
        'Mara Venn acts on “The steward is the traitor” here before learning it. Mara Venn only learns it in scene k1.2.',
      ],
    ],
  ),
  book(
    'one character learns a fact and another acts on it',
    [
      scene('k2.1', 'Ilse learned that the bridge was mined.', {
        knowledge: [learns('ilse', 'the bridge is mined')],
      }),
      scene('k2.2', 'Kaelen led the column around the bridge.', {
        knowledge: [actsOn('kael', 'the bridge is mined')],
      }),
    ],
    [
      [
        'k2.2',
        'FACT_USED_BEFORE_LEARNED',
        'Kaelen Dross acts on “the bridge is mined” here before learning it.',
      ],
    ],
  ),
  book(
    'a character acts on a fact before learning it in the same scene',
    [
      scene('k3.1', 'Oren hid the child. Then the runner told him the soldiers were coming.', {
        knowledge: [actsOn('oren', 'soldiers are coming'), learns('oren', 'soldiers are coming')],
      }),
    ],
    [
      [
        'k3.1',
        'FACT_USED_BEFORE_LEARNED',
        'Oren Hale acts on “soldiers are coming” here before learning it. Oren Hale only learns it in scene k3.1.',
      ],
    ],
  ),
  book(
    'a character acts on a different fact from the one learned',
    [
      scene('k4.1', 'Zoë learned that the vault opens at dawn.', {
        knowledge: [learns('zoe', 'the vault opens at dawn')],
      }),
      scene('k4.2', 'Zoë waited for moonrise by the vault.', {
        knowledge: [actsOn('zoe', 'the vault opens at moonrise')],
      }),
    ],
    [
      [
        'k4.2',
        'FACT_USED_BEFORE_LEARNED',
        'Zoë Quill acts on “the vault opens at moonrise” here before learning it.',
      ],
    ],
  ),
  book(
    'a fact learned in a flashback that is wrong for this character',
    [
      scene('k5.1', 'Mara went straight to the crypt.', {
        knowledge: [actsOn('mara', 'the key is in the crypt')],
      }),
      scene('k5.2', 'Years before, Kaelen’s mother told him the key was in the crypt.', {
        flashback: true,
        knowledge: [learns('kael', 'the key is in the crypt')],
      }),
    ],
    [
      [
        'k5.1',
        'FACT_USED_BEFORE_LEARNED',
        'Mara Venn acts on “the key is in the crypt” here before learning it.',
      ],
    ],
  ),
];
