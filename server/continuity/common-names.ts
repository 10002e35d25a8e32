// Words the name check never takes for a misspelt character: common given names and capitalised English words.

/**
 * Common given names across languages. A name close to a character's that is itself one of these is taken
 * for a different person (Maria beside Mara, Thomas beside Tomas), not for a second spelling.
 */
export const GIVEN_NAMES = new Set(
  (
    'aaron abel abigail ada adam adrian agnes aidan alan albert alec alex alexander alexandra alfred ' +
    'alice alicia alison amanda amber amelia amy ana andre andrea andrew andy angela angus anita ann ' +
    'anna anne annie anton antonio april arthur asha aurora ava barbara beatrice bella ben benjamin ' +
    'bernard beth betty bianca bill billy bob bonnie boris brad brian bruce bruno caleb camille carl ' +
    'carla carlos carmen carol caroline carrie catherine cecilia celia charles charlie charlotte chloe ' +
    'chris christian christina christine clara claire claude colin connor craig daniel daniela dante ' +
    'dara daria david dean debra denis diana diane diego dina dmitri dominic donald donna dora doris ' +
    'dorothy dylan edgar edith edmund edward elena eli elias elijah elisa elise eliza ella ellen ellie ' +
    'emil emile emily emma eric erik erika ernest esther ethan eva evan eve evelyn ezra felix fiona ' +
    'frances francis frank fred frederick gabriel gail gemma george georgia gerald gina grace greta ' +
    'hannah harold harriet harry hector helen helena henry hilda hugo ian ida igor ilya imogen irene ' +
    'iris isaac isabel isabella ivan ivy jack jacob james jan jane janet jared jasmine jason jean ' +
    'jenna jennifer jenny jesse jill joan joanna joe john jon jonah jonas jordan jose joseph josh ' +
    'joy juan judith julia julian julie june karen karl kate katherine katya keith kelly ken kevin ' +
    'kim lara laura lauren leah lena leo leon leona lewis liam lily linda lisa liza lola lorna louis ' +
    'louise lucas lucia lucy luis luke lydia mabel maggie maia mara marc marcel marco marcus margaret ' +
    'maria marian marie marina mario mark marta martha martin mary mason matt matthew maud max maya ' +
    'megan mia michael michel miguel mike mila miles mina miriam molly mona nadia nancy naomi natalia ' +
    'nathan neil nell nick nicola nina noah noel nora oliver olga olivia omar oscar owen pablo pamela ' +
    'paul paula pedro peter petra philip phoebe pierre piotr rachel ralph ray rebecca rita rob robert ' +
    'robin rosa rose ruby rufus ruth ryan sam samuel sandra sara sarah sasha scott sean sergei simon ' +
    'sofia sonia sophia sophie stella stephen steven susan sylvia tara ted teresa theo thomas tim tina ' +
    'tobias tom tomas toni tony tristan ursula valentina vera victor victoria vincent viola walter ' +
    'wanda wendy will william xavier yara yuri zara zoe'
  ).split(' '),
);

/** Capitalised words that start sentences or head titles and lie close to many invented names. */
export const COMMON_WORDS = new Set(
  (
    'a about after again all also an and any are as at back be because been before behind beyond but ' +
    'by can come could did do down each even ever every for from get go had has have he her here hers ' +
    'him his how i if in into is it its just last let like long made make many may me more most much ' +
    'must my near never next no nor not now of off on once one only or other our out over perhaps ' +
    'she should so some still such than that the their them then there these they this those though ' +
    'through to too under until up upon very was we well were what when where whether which while who ' +
    'why will with without would yes yet you your ' +
    'lord lady king queen prince princess captain sir dame father mother brother sister aunt uncle ' +
    'doctor master mistress god gods north south east west monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april may june july august september october november ' +
    'december mr mrs ms dr'
  ).split(' '),
);
