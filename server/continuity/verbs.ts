// Verbs that show a character speaking or acting now, as the subject of a sentence.

/** Speech verbs, as in “…,” said Tomas and Tomas asked. */
export const SPEECH = (
  'said says asked asks replied replies answered answers shouted shouts whispered whispers ' +
  'muttered murmured called cried spoke speaks told tells snapped yelled screamed laughed laughs'
).split(' ');
/** Things a character does in a scene; a verb in this list after a name means the character acts. */
export const DEEDS = (
  'walked walks ran runs stood stands sat sits drew draws took takes opened opens raised raises ' +
  'turned turns looked looks reached grabbed pulled pushed lifted stepped gave gives handed hands ' +
  'used uses swung struck unlocked wrote writes read watched waited climbed rode entered ' +
  'smiled smiles nodded nods shrugged grinned frowned knelt rose came comes went goes arrived ' +
  'arrives fought fights'
).split(' ');
