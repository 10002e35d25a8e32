// What each tool argument means, in the words a model reads: added to the schemas sent to models, by field name.

/**
 * The artifact schemas live in protocol/ and are shared with REST and the studio; their meaning for a
 * model is stated here once, so every field of every tool schema is described.
 */
export const FIELD_MEANINGS: Readonly<Record<string, string>> = {
  // plots
  title: "The book's title, as it would appear on the cover.",
  logline: 'One sentence: who wants what, what stands in the way, what is at stake.',
  summary: 'The whole story in several paragraphs, beginning to end, including how it ends.',
  genre: 'The main genre, e.g. Fantasy, Mystery, Science fiction.',
  subgenre: 'A narrower genre within it, e.g. Cosy mystery, Space opera; empty when none.',
  tone: 'The mood of the telling, e.g. Hopeful, Grim, Wry.',
  themes: 'The ideas the story explores, a few words each.',
  target_audience: 'Who the book is for, e.g. Adult, Young adult, Middle grade.',
  acts: "The story's acts in order, each with a summary and its beats.",
  beats: 'The turning points of this act in order; each is caused by the one before.',
  name: 'The name, as used in the story.',
  description: 'What happens or who this is, in a few sentences.',
  // characters
  characters: 'Every new character of this cast, in one call.',
  role: 'Their role in the story: protagonist, antagonist, ally, mentor, …',
  backstory: 'What happened to them before the story starts that still drives them.',
  motivations: 'What they want, each as a short phrase.',
  arc: 'How they change from the beginning of the story to the end.',
  relationships: 'Their ties to the other characters of this cast, by name.',
  relationship: 'What the other character is to them, and why.',
  // worlds
  type: 'What kind of world, e.g. High fantasy, Near-future Earth, Space opera.',
  overview: 'The world in a few paragraphs: what a reader must know first.',
  geography: 'Lands, seas, cities and how far apart they are.',
  politics: 'Who rules, who contests it, and the laws that matter to the story.',
  cultures: 'Peoples, customs and naming: where the names of people and places come from.',
  economy: 'What people trade, what is scarce, who is rich and why.',
  history: 'The past events that still shape the present of the story.',
  magic_or_technology: 'How magic or technology works, what it costs and what it cannot do.',
  languages: 'The languages spoken and how they sound.',
  religions: 'Beliefs, gods and institutions of faith.',
  unique_elements: 'The few things found in this world and nowhere else.',
  // authors
  pen_name: 'The name printed on the books, when different from their own; empty otherwise.',
  biography: 'Their life, in a paragraph or two, as on a book jacket.',
  writing_style: 'How they write: voice, sentence rhythm, point of view, what they linger on.',
  genres: 'The genres they write in.',
  // tools
  id: 'The id of the item, exactly as given in the context or the library list.',
  changes: 'Only the fields that change, each rewritten in full.',
  query: 'Words to look for in titles and names; empty for everything.',
  kind: 'Which kind of item: plots, worlds, characters or authors.',
  this_session_only: "true to search only this session's items.",
  limit: 'How many items to return at most.',
  // outlines
  chapters: 'The chapters of this act, in reading order.',
  scenes: 'The scenes of this chapter, in order; each is caused by the one before.',
  setting: 'Where the scene happens: a place of the world, by its name.',
  cast: 'The characters present, by name as the cast knows them.',
  goal: 'What the point-of-view character wants in this scene.',
  change: 'What is different by the end of the scene.',
  word_target: 'How many words the scene should be.',
};
