import { describe, expect, it } from 'vitest';
import { gazetteer, readEnglish, readRow, type Row } from './support.ts';

// Sentences written for this project, one construction each (published Tuesday 6 December 2016:
// Monday is the 5th, Sunday the 4th, Saturday the 3rd).

const captures: Row[] = [
  {
    construction: 'took … from, late on a weekday',
    text: 'Syrian troops took the Sakhour neighbourhood from rebels late on Sunday.',
    events: [{ place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-04' }],
  },
  {
    construction: 'seized, state media attribution',
    text: 'Government forces seized Jabal Badro on Monday, state television reported.',
    events: [{ place: 'jabal-badro', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
  {
    construction: 'captured, a list after "the districts of"',
    text: 'The army captured the districts of Sheikh Khodr, Haydariya and Ard al-Hamra.',
    events: [
      { place: 'sheikh-khodr', kind: 'capture', controller: 'government' },
      { place: 'haydariya', kind: 'capture', controller: 'government' },
      { place: 'ard-al-hamra', kind: 'capture', controller: 'government' },
    ],
  },
  {
    construction: 'retook, opposition',
    text: 'Rebels retook Bustan al-Basha from regime forces on Saturday.',
    events: [{ place: 'bustan-al-basha', kind: 'capture', controller: 'opposition', date: '2016-12-03' }],
  },
  {
    construction: 'recaptured, named faction',
    text: 'Fighters from Jabhat Fatah al-Sham recaptured Karm al-Jabal overnight.',
    events: [{ place: 'karm-al-jabal', kind: 'capture', controller: 'opposition', date: '2016-12-05' }],
  },
  {
    construction: 'regained control of, full control is extent all',
    text: 'Loyalist troops regained full control of al-Shaar yesterday.',
    events: [{ place: 'al-shaar', kind: 'capture', controller: 'government', date: '2016-12-05', extent: 'all' }],
  },
  {
    construction: 'set full control over',
    text: 'The army set a full control over Tariq al-Bab on Sunday.',
    events: [{ place: 'tariq-al-bab', kind: 'capture', controller: 'government', date: '2016-12-04', extent: 'all' }],
  },
  {
    construction: 'advance and control: a capture, not a hold',
    text: 'Regime forces managed to advance and control the Jazmati neighbourhood after heavy clashes.',
    events: [{ place: 'jazmati', kind: 'capture', controller: 'government' }],
  },
  {
    construction: 'an entry into ground the other side had left is a capture',
    text: 'Army units entered Sakhour after the rebels pulled out on Sunday.',
    events: [{ place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-04' }],
  },
  {
    construction: 'an entry following the departure of the other side is a capture',
    text: 'Opposition fighters entered Bustan al-Basha following the withdrawal of the militias.',
    events: [{ place: 'bustan-al-basha', kind: 'capture', controller: 'opposition' }],
  },
  {
    construction: 'a list whose items each carry a bearing',
    text: 'Government troops captured Sakhour in the north and Bab al-Nayrab in the south on Monday.',
    events: [
      { place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-05' },
      { place: 'bab-al-nayrab', kind: 'capture', controller: 'government', date: '2016-12-05' },
    ],
  },
  {
    construction: '"all parts of" is the whole, not a part',
    text: 'The army captured all parts of Sheikh Lutfi on Monday.',
    events: [{ place: 'sheikh-lutfi', kind: 'capture', controller: 'government', date: '2016-12-05', extent: 'all' }],
  },
  {
    construction: 'gained control of',
    text: 'The Free Syrian Army gained control of Sheikh Lutfi on 2 December.',
    events: [{ place: 'sheikh-lutfi', kind: 'capture', controller: 'opposition', date: '2016-12-02' }],
  },
  {
    construction: 'a list with "the nearby village of"',
    text: 'Loyalists retook Dahiyat al-Assad and the nearby village of Minyan.',
    events: [
      { place: 'dahiyat-al-assad', kind: 'capture', controller: 'government' },
      { place: 'minyan', kind: 'capture', controller: 'government' },
    ],
  },
  {
    construction: "a date in another statement's clause is not this one's",
    text: 'Troops took Sakhour, after seizing Jabal Badro, the day before.',
    published: '2016-11-28',
    events: [
      { place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-11-28' },
      { place: 'jabal-badro', kind: 'capture', controller: 'government', date: '2016-11-27' },
    ],
  },
  {
    construction: 'established control over',
    text: 'The army established full control over Bab al-Nairab on Friday.',
    events: [{ place: 'bab-al-nayrab', kind: 'capture', controller: 'government', date: '2016-12-02', extent: 'all' }],
  },
  {
    construction: 'overran, allied militias',
    text: 'Iranian-backed militias overran Tariq al-Bab on Dec. 1.',
    events: [{ place: 'tariq-al-bab', kind: 'capture', controller: 'government', date: '2016-12-01' }],
  },
  {
    construction: 'stormed, a weekday with its daypart',
    text: 'The Tiger Forces stormed Bustan al-Qasr on Monday morning.',
    events: [{ place: 'bustan-al-qasr', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
  {
    construction: 'took over, two named allies',
    text: 'Hezbollah and the Syrian army took over Masaken Hanano on November 26.',
    events: [{ place: 'masaken-hanano', kind: 'capture', controller: 'government', date: '2016-11-26' }],
  },
  {
    construction: 'drove the rebels out of',
    text: 'Government troops drove the rebels out of Sheikh Saeed on Sunday.',
    events: [{ place: 'sheikh-saeed', kind: 'capture', controller: 'government', date: '2016-12-04' }],
  },
  {
    construction: 'expelled regime forces from (opposition)',
    text: 'Ahrar al-Sham fighters expelled regime forces from Amiriyah.',
    events: [{ place: 'amiriyah', kind: 'capture', controller: 'opposition' }],
  },
  {
    construction: 'state media euphemism: restored security and stability to',
    text: 'Army units restored security and stability to Karm al-Tarrab, SANA said.',
    events: [{ place: 'karm-al-tarrab', kind: 'capture', controller: 'government' }],
  },
  {
    construction: 'the side after "from" when no subject is named',
    text: 'On Sunday al-Shaar was among the places retaken, and later troops captured Karm al-Qaterji from the terrorists.',
    events: [{ place: 'karm-al-qaterji', kind: 'capture', controller: 'government', date: '2016-12-04' }],
    ignored: [{ place: 'al-shaar', reason: 'no-frame' }],
  },
  {
    construction: '"including" after a counted object, past a comma and a day',
    text: 'Government troops captured four districts on Monday, including the key Sheikh Lutfi neighbourhood.',
    events: [{ place: 'sheikh-lutfi', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
  {
    construction: '"including" past a reference point the object is placed by',
    text: 'Rebels said the army had seized several quarters south of the Citadel, including Bab Qinnasrin and al-Kallaseh.',
    events: [
      { place: 'bab-qinnasrin', kind: 'capture', controller: 'government' },
      { place: 'kallaseh', kind: 'capture', controller: 'government' },
    ],
    ignored: [{ place: 'bayada', reason: 'outskirts' }],
  },
  {
    construction: '"among them" names some of a lost object',
    text: 'Opposition fighters pulled out of three neighbourhoods overnight, among them Ferdous.',
    events: [{ place: 'ferdous', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
  {
    construction: 'a list set off by a comma after a counted district noun names that object',
    text: 'Loyalist forces took three neighbourhoods east of the Old City on Monday, Karm al-Qaterji, Tariq al-Bab and al-Marjeh.',
    events: [
      { place: 'karm-al-qaterji', kind: 'capture', controller: 'government', date: '2016-12-05' },
      { place: 'tariq-al-bab', kind: 'capture', controller: 'government', date: '2016-12-05' },
      { place: 'marjeh', kind: 'capture', controller: 'government', date: '2016-12-05' },
    ],
  },
  {
    construction: 'an extent before a comma speaks of the words before it, not the list after it',
    text: 'Troops seized two quarters in the heart of the city, Bab al-Nairab and al-Maadi.',
    events: [
      { place: 'bab-al-nayrab', kind: 'capture', controller: 'government' },
      { place: 'asileh', kind: 'capture', controller: 'government' },
    ],
  },
  {
    construction: 'a list after a comma with no counted object before it is not elaborated',
    text: 'Troops seized the road to the airport on Monday, Sheikh Saeed and Karm al-Maysar remaining quiet.',
    events: [],
  },
  {
    construction: '"including" after an object a state is said of: the state holds for the list',
    text: 'Fighters fell back to the southern districts that remain under rebel control, including Kallaseh and Bustan al-Qasr.',
    events: [
      { place: 'kallaseh', kind: 'hold', controller: 'opposition' },
      { place: 'bustan-al-qasr', kind: 'hold', controller: 'opposition' },
    ],
  },
  {
    construction: 'a list goes on past names the gazetteer lacks',
    text: 'Army units restored control over the neighbourhoods of Karm al-Maysar, Karm al-Nour, Dar Salam and Sakhour on Sunday.',
    events: [
      { place: 'karm-al-maysar', kind: 'capture', controller: 'government', date: '2016-12-04' },
      { place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-04' },
    ],
  },
  {
    construction: '"including" far after its object: a bearing and a range of days between do not stop it',
    text: 'Army units restored stability and security to several areas in the east of the city during the past few days, including the Old Housing, Haydariya and Sakhour.',
    events: [
      { place: 'haydariya', kind: 'capture', controller: 'government' },
      { place: 'sakhour', kind: 'capture', controller: 'government' },
    ],
  },
  {
    construction: '"including" after shelling: the list is shelled, not taken',
    text: 'Jets pounded several districts in the east of the city overnight, including Sukkari and Ferdous.',
    events: [],
  },
  {
    construction: '"including" after a noun that is no place statement stays no event',
    text: 'Shelling killed eleven civilians on Monday, including children from Sheikh Saeed.',
    events: [],
  },
];

const passives: Row[] = [
  {
    construction: 'fell to',
    text: 'Masaken Hanano fell to government forces on Saturday.',
    events: [{ place: 'masaken-hanano', kind: 'capture', controller: 'government', date: '2016-12-03' }],
  },
  {
    construction: 'was captured by',
    text: 'Sheikh Saeed was captured by the army on December 5, the Observatory said.',
    events: [{ place: 'sheikh-saeed', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
  {
    construction: 'fell into rebel hands',
    text: 'Karm al-Jabal fell into rebel hands after a counter-attack.',
    events: [{ place: 'karm-al-jabal', kind: 'capture', controller: 'opposition' }],
  },
  {
    construction: 'came under the control of',
    text: 'The district of Ferdous came under the control of the army yesterday.',
    events: [{ place: 'ferdous', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
  {
    construction: 'a list falls, with a relative clause between',
    text: 'Sakhour, Haydariya and Sheikh Fares, which had been held by rebels since 2012, fell to the army on Monday.',
    events: [
      { place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-05' },
      { place: 'haydariya', kind: 'capture', controller: 'government', date: '2016-12-05' },
      { place: 'sheikh-fares', kind: 'capture', controller: 'government', date: '2016-12-05' },
    ],
  },
  {
    construction: 'a bare passive takes the side named, not the one that holds something',
    text: 'Haydariya has fallen, and the Kurdish-held areas nearby were handed to government forces.',
    events: [{ place: 'haydariya', kind: 'capture', controller: 'government' }],
  },
  {
    construction: 'handed over to (the Kurds hand a district to the army)',
    text: 'Kurdish fighters handed over Bustan al-Basha to the army.',
    events: [{ place: 'bustan-al-basha', kind: 'capture', controller: 'government' }],
  },
  {
    construction: 'the capture of … (noun)',
    text: "Saturday's capture of Masaken Hanano by government forces split the enclave.",
    events: [{ place: 'masaken-hanano', kind: 'capture', controller: 'government', date: '2016-12-03' }],
  },
];

const withdrawals: Row[] = [
  {
    construction: 'withdrew from: the other side gains',
    text: 'Rebels withdrew from the Old City overnight.',
    events: [{ place: 'old-city', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
  {
    construction: 'pulled out of a list',
    text: 'Opposition fighters pulled out of Bustan al-Qasr, Kallaseh and al-Mashhad on Monday.',
    events: [
      { place: 'bustan-al-qasr', kind: 'capture', controller: 'government', date: '2016-12-05' },
      { place: 'kallaseh', kind: 'capture', controller: 'government', date: '2016-12-05' },
      { place: 'mashhad', kind: 'capture', controller: 'government', date: '2016-12-05' },
    ],
  },
  {
    construction: 'retreated from (government loses)',
    text: 'Regime troops retreated from Amiriyah after heavy losses.',
    events: [{ place: 'amiriyah', kind: 'capture', controller: 'opposition' }],
  },
  {
    construction: 'were driven out of (passive loss)',
    text: 'Insurgents were driven out of Sakhour on Sunday, state media said.',
    events: [{ place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-04' }],
  },
  {
    construction: 'a Kurdish withdrawal with the other side named',
    text: 'The YPG withdrew from Sheikh Maqsoud and the army moved in.',
    events: [{ place: 'sheikh-maqsoud', kind: 'capture', controller: 'government' }],
  },
  {
    construction: 'a Kurdish withdrawal with no other side is no event',
    text: 'The YPG withdrew from Sheikh Maqsoud.',
    events: [],
    ignored: [{ place: 'sheikh-maqsoud', reason: 'no-actor' }],
  },
  {
    construction: 'rebels fled (a side as subject)',
    text: 'The rebels fled Sheikh Saeed as the army advanced.',
    events: [{ place: 'sheikh-saeed', kind: 'capture', controller: 'government' }],
  },
];

const contested: Row[] = [
  {
    construction: 'advanced into: contested',
    text: 'Troops advanced into Sheikh Saeed on Monday.',
    events: [{ place: 'sheikh-saeed', kind: 'contested', controller: 'contested', date: '2016-12-05' }],
  },
  {
    construction: 'pressed into: contested',
    text: 'Government forces pressed into Sheikh Saeed on Monday.',
    events: [{ place: 'sheikh-saeed', kind: 'contested', controller: 'contested', date: '2016-12-05' }],
  },
  {
    construction: 'swept into a list: an advance, contested',
    text: 'Loyalist troops swept into Tariq al-Bab and Karm al-Qaterji overnight.',
    events: [
      { place: 'tariq-al-bab', kind: 'contested', controller: 'contested', date: '2016-12-05' },
      { place: 'karm-al-qaterji', kind: 'contested', controller: 'contested', date: '2016-12-05' },
    ],
  },
  {
    construction: 'swept through a list: overran it, a capture',
    text: 'Loyalist troops swept through Tariq al-Bab and Karm al-Qaterji overnight.',
    events: [
      { place: 'tariq-al-bab', kind: 'capture', controller: 'government', date: '2016-12-05' },
      { place: 'karm-al-qaterji', kind: 'capture', controller: 'government', date: '2016-12-05' },
    ],
  },
  {
    construction: 'regained ground in: a part, so contested',
    text: 'Rebel fighters regained ground in Sheikh Saeed after a counter-attack on Thursday.',
    events: [{ place: 'sheikh-saeed', kind: 'contested', controller: 'contested' }],
  },
  {
    construction: 'pushed into: contested',
    text: 'Rebels pushed into Amiriyah overnight.',
    events: [{ place: 'amiriyah', kind: 'contested', controller: 'contested' }],
  },
  {
    construction: 'entered: contested',
    text: 'The army entered the Old City on Tuesday.',
    events: [{ place: 'old-city', kind: 'contested', controller: 'contested', date: '2016-12-06' }],
  },
  {
    construction: 'parts of turns a capture into a contested event',
    text: 'Government forces captured parts of Sheikh Saeed.',
    events: [{ place: 'sheikh-saeed', kind: 'contested', controller: 'contested' }],
  },
  {
    construction: 'most of keeps the capture and says so',
    text: 'Regime forces captured most of Tariq al-Bab on Saturday.',
    events: [{ place: 'tariq-al-bab', kind: 'capture', controller: 'government', date: '2016-12-03', extent: 'most' }],
  },
  {
    construction: 'advanced into most of: a capture with its extent',
    text: 'Troops advanced into most of Karm al-Maysar.',
    events: [{ place: 'karm-al-maysar', kind: 'capture', controller: 'government', extent: 'most' }],
  },
  {
    construction: 'clashes in a list',
    text: 'Clashes continued in Karm al-Jabal and Sheikh Saeed on Monday.',
    events: [
      { place: 'karm-al-jabal', kind: 'contested', controller: 'contested', date: '2016-12-05' },
      { place: 'sheikh-saeed', kind: 'contested', controller: 'contested', date: '2016-12-05' },
    ],
  },
  {
    construction: 'fighting in, with overnight',
    text: 'Fighting raged overnight in the Bustan al-Qasr district.',
    events: [{ place: 'bustan-al-qasr', kind: 'contested', controller: 'contested', date: '2016-12-05' }],
  },
  {
    construction: 'battles raged in',
    text: 'Fierce battles raged in Salaheddine on Sunday.',
    events: [{ place: 'salah-al-din', kind: 'contested', controller: 'contested', date: '2016-12-04' }],
  },
  {
    construction: 'the battle for',
    text: 'The battle for Sheikh Saeed entered its third day.',
    events: [{ place: 'sheikh-saeed', kind: 'contested', controller: 'contested' }],
  },
  {
    construction: 'where clashes continued',
    text: 'Troops took Sakhour and moved on to Haydariya, where clashes continued.',
    events: [
      { place: 'sakhour', kind: 'capture', controller: 'government' },
      { place: 'haydariya', kind: 'contested', controller: 'contested' },
    ],
  },
  {
    construction: 'fierce resistance in',
    text: 'Regime troops met fierce resistance in Karm al-Tarrab on Monday.',
    events: [{ place: 'karm-al-tarrab', kind: 'contested', controller: 'contested', date: '2016-12-05' }],
  },
  {
    construction: 'a denial makes a claim contested',
    text: 'A rebel spokesman denied that al-Shaar had fallen to the army.',
    events: [{ place: 'al-shaar', kind: 'contested', controller: 'contested' }],
  },
];

const underWay: Row[] = [
  {
    construction: 'a state said to be new ("now controlled by") is a capture',
    text: 'The Sakhour and Haydariya districts are now controlled by pro-government fighters.',
    events: [
      { place: 'sakhour', kind: 'capture', controller: 'government' },
      { place: 'haydariya', kind: 'capture', controller: 'government' },
    ],
  },
  {
    construction: 'a bare fall takes no side from a clause with a subject of its own',
    text: 'Sakhour and Haydariya also fell, while Kurdish fighters took Sheikh Fares.',
    events: [{ place: 'sheikh-fares', kind: 'capture', controller: 'kurdish' }],
  },
  {
    construction: 'an inverted condition ("Should X fall to …") is no capture',
    text: 'Should Tariq al-Bab fall to the army, the rebels would lose their last supply road.',
    events: [],
    ignored: [{ place: 'tariq-al-bab', reason: 'intent' }],
  },
  {
    construction: 'an attack to retake districts "recently captured" is neither capture',
    text: 'Rebels launched an attack on Monday to retake the recently captured districts of Marjeh and Sukkari.',
    events: [],
  },
  {
    construction: 'rebels entrenched in districts hold them',
    text: 'The army is almost surrounding the rebels entrenched in Kallaseh and Bustan al-Qasr districts.',
    events: [
      { place: 'kallaseh', kind: 'hold', controller: 'opposition' },
      { place: 'bustan-al-qasr', kind: 'hold', controller: 'opposition' },
    ],
  },
  {
    construction: 'made large forays into: an advance',
    text: 'Government forces have made large forays into Sakhour.',
    events: [{ place: 'sakhour', kind: 'contested', controller: 'contested' }],
  },
  {
    construction: 'have all returned to regime hands',
    text: 'Ayn al-Tal and Baideen have all returned to regime hands.',
    events: [
      { place: 'ayn-al-tal', kind: 'capture', controller: 'government' },
      { place: 'baideen', kind: 'capture', controller: 'government' },
    ],
  },
  {
    construction: 'managed to win back a long list, past a longer name the gazetteer knows the start of',
    text: 'The army managed to win back the districts of Hanano Housing Project, Jabal Badro, Sakhour and Tariq al-Bab in recent weeks.',
    events: [
      { place: 'masaken-hanano', kind: 'capture', controller: 'government' },
      { place: 'jabal-badro', kind: 'capture', controller: 'government' },
      { place: 'sakhour', kind: 'capture', controller: 'government' },
      { place: 'tariq-al-bab', kind: 'capture', controller: 'government' },
    ],
  },
  {
    construction: 'a share given in percent of a district is a part of it',
    text: 'The army drove the militants out of over 50 percent of Marjeh.',
    events: [{ place: 'marjeh', kind: 'contested', controller: 'contested' }],
  },
  {
    construction: 'withdrew from "the last parts of" a district: all that was left of it',
    text: 'Rebel fighters withdrew from the last parts of Bustan al-Qasr on Monday.',
    events: [{ place: 'bustan-al-qasr', kind: 'capture', controller: 'government', date: '2016-12-05', extent: 'all' }],
  },
  {
    construction: 'a district "remained contested"',
    text: 'Bustan al-Qasr remained contested on Monday.',
    events: [{ place: 'bustan-al-qasr', kind: 'contested', controller: 'contested', date: '2016-12-05' }],
  },
  {
    construction: 'the front line runs through a district',
    text: 'By nightfall the front line ran through Sheikh Lutfi.',
    events: [{ place: 'sheikh-lutfi', kind: 'contested', controller: 'contested' }],
  },
  {
    construction: 'a fall told past an apposition that says who held it: the other side has it',
    text: 'Karm al-Jabal, a rebel-held district since 2012, fell on Sunday.',
    events: [{ place: 'karm-al-jabal', kind: 'capture', controller: 'government', date: '2016-12-04' }],
  },
  {
    construction: 'a capture told past an apposition, with its agent',
    text: 'Sakhour, the largest district of the north, fell to government forces on Sunday.',
    events: [{ place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-04' }],
  },
  {
    construction: 'a state said to last ("remains under") is a hold',
    text: 'The Sakhour district remains under the control of pro-government fighters.',
    events: [{ place: 'sakhour', kind: 'hold', controller: 'government' }],
  },
  {
    construction: 'are storming: an assault under way is fought over, not taken',
    text: 'Government forces are storming the Sheikh Lutfi neighbourhood.',
    events: [{ place: 'sheikh-lutfi', kind: 'contested', controller: 'contested' }],
  },
  {
    construction: 'stormed: an assault told as done is a capture',
    text: 'Government forces stormed the Sheikh Lutfi neighbourhood on Monday.',
    events: [{ place: 'sheikh-lutfi', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
];

const holds: Row[] = [
  {
    construction: 'a name before its "rebel-held sector"',
    text: 'Ambulances reached the Ansari rebel-held sector on Thursday.',
    events: [{ place: 'ansari', kind: 'hold', controller: 'opposition' }],
  },
  {
    construction: '"under their control": the pronoun is the subject',
    text: 'The rebels insist that Sukkari and Mashhad remain under their control.',
    events: [
      { place: 'sukkari', kind: 'hold', controller: 'opposition' },
      { place: 'mashhad', kind: 'hold', controller: 'opposition' },
    ],
  },
  {
    construction: 'rebel-held',
    text: 'Thousands remain trapped in rebel-held Sukkari.',
    events: [{ place: 'sukkari', kind: 'hold', controller: 'opposition' }],
  },
  {
    construction: 'government-held',
    text: 'Rockets fell on government-held Salaheddine.',
    events: [{ place: 'salah-al-din', kind: 'hold', controller: 'government' }],
  },
  {
    construction: 'opposition-controlled districts of a list',
    text: 'The opposition-controlled districts of Ansari, Mashhad and Sukkari were pounded by air strikes.',
    events: [
      { place: 'ansari', kind: 'hold', controller: 'opposition' },
      { place: 'mashhad', kind: 'hold', controller: 'opposition' },
      { place: 'sukkari', kind: 'hold', controller: 'opposition' },
    ],
  },
  {
    construction: 'Kurdish-held',
    text: 'Residents crossed into Kurdish-held Sheikh Maqsoud.',
    events: [{ place: 'sheikh-maqsoud', kind: 'hold', controller: 'kurdish' }],
  },
  {
    construction: 'still in rebel hands',
    text: 'Sheikh Saeed is still in rebel hands, the Observatory said.',
    events: [{ place: 'sheikh-saeed', kind: 'hold', controller: 'opposition' }],
  },
  {
    construction: 'remains under rebel control, with most of',
    text: 'Most of Ferdous remains under rebel control.',
    events: [{ place: 'ferdous', kind: 'hold', controller: 'opposition', extent: 'most' }],
  },
  {
    construction: 'controlled by',
    text: 'Sheikh Maqsoud, controlled by the YPG, was calm.',
    events: [{ place: 'sheikh-maqsoud', kind: 'hold', controller: 'kurdish' }],
  },
  {
    construction: 'rebels still hold',
    text: 'Rebels still hold Kallaseh and Bustan al-Qasr.',
    events: [
      { place: 'kallaseh', kind: 'hold', controller: 'opposition' },
      { place: 'bustan-al-qasr', kind: 'hold', controller: 'opposition' },
    ],
  },
  {
    construction: 'repelled an attack on',
    text: 'Rebels repelled an army assault on Sheikh Saeed on Thursday.',
    events: [{ place: 'sheikh-saeed', kind: 'hold', controller: 'opposition', date: '2016-12-01' }],
  },
  {
    construction: 'foiled an attempt to progress in, the attacker a possessive side',
    text: "Rebels foiled Assad's militias attempt to progress in Ferdous on Monday.",
    events: [{ place: 'ferdous', kind: 'hold', controller: 'opposition', date: '2016-12-05' }],
  },
  {
    construction: 'thwarted the attempt by a side to storm',
    text: 'Opposition fighters thwarted the attempt by regime troops to storm Kallaseh.',
    events: [{ place: 'kallaseh', kind: 'hold', controller: 'opposition' }],
  },
  {
    construction: 'an attack beaten off, said in the passive after it: the agent holds',
    text: "The regime's push into Sheikh Lutfi was halted by opposition fighters on Monday.",
    events: [{ place: 'sheikh-lutfi', kind: 'hold', controller: 'opposition', date: '2016-12-05' }],
  },
  {
    construction: 'a side confined to a list of districts holds them',
    text: 'The insurgents are now confined to a few districts such as Kallaseh and Ferdous.',
    events: [
      { place: 'kallaseh', kind: 'hold', controller: 'opposition' },
      { place: 'ferdous', kind: 'hold', controller: 'opposition' },
    ],
  },
  {
    construction: 'civilians trapped in a district say nothing of who holds it',
    text: 'Thousands of civilians are confined to Kallaseh by the fighting.',
    events: [],
    ignored: [{ place: 'kallaseh', reason: 'displacement' }],
  },
  {
    construction: 'a capture beats the rebel-held before the name',
    text: 'The army captured the rebel-held district of Sheikh Saeed.',
    events: [{ place: 'sheikh-saeed', kind: 'capture', controller: 'government' }],
  },
];

const notEvents: Row[] = [
  {
    construction: 'shelling on',
    text: 'Regime shelling on Ard al-Hamra killed six people.',
    events: [],
    ignored: [{ place: 'ard-al-hamra', reason: 'shelling' }],
  },
  { construction: 'air strikes pounded', text: 'Air strikes pounded Kallaseh on Monday.', events: [], ignored: [{ place: 'kallaseh', reason: 'shelling' }] },
  {
    construction: 'bombardment of',
    text: 'The bombardment of Bustan al-Qasr went on all night.',
    events: [],
    ignored: [{ place: 'bustan-al-qasr', reason: 'shelling' }],
  },
  {
    construction: 'civilians fled from',
    text: 'Civilians fled from Masaken Hanano as the army advanced.',
    events: [],
    ignored: [{ place: 'masaken-hanano', reason: 'displacement' }],
  },
  {
    construction: 'residents left',
    text: 'Hundreds of residents left Sheikh Saeed on foot.',
    events: [],
    ignored: [{ place: 'sheikh-saeed', reason: 'displacement' }],
  },
  {
    construction: 'aims to',
    text: 'The army aims to capture Masaken Hanano within days.',
    events: [],
    ignored: [{ place: 'masaken-hanano', reason: 'intent' }],
  },
  { construction: 'seeks to', text: 'Government forces are seeking to retake al-Shaar.', events: [], ignored: [{ place: 'al-shaar', reason: 'intent' }] },
  { construction: 'threatens to', text: 'The advance threatens to cut off Sakhour.', events: [], ignored: [{ place: 'sakhour', reason: 'threat' }] },
  { construction: 'could fall', text: 'Sheikh Saeed could fall to the army within hours.', events: [], ignored: [{ place: 'sheikh-saeed', reason: 'intent' }] },
  { construction: 'poised to', text: 'Regime forces are poised to take Sakhour.', events: [], ignored: [{ place: 'sakhour', reason: 'threat' }] },
  {
    construction: 'tried to (attempt)',
    text: 'Rebels tried to retake Jabal Badro but failed.',
    events: [],
    ignored: [{ place: 'jabal-badro', reason: 'attempt' }],
  },
  {
    construction: 'has not (negated)',
    text: 'The army has not yet captured Sheikh Saeed.',
    events: [],
    ignored: [{ place: 'sheikh-saeed', reason: 'negated' }],
  },
  {
    construction: 'refused to withdraw',
    text: 'Rebels refused to withdraw from the Old City.',
    events: [],
    ignored: [{ place: 'old-city', reason: 'refusal' }],
  },
  { construction: 'advanced toward', text: 'Troops advanced toward Sheikh Saeed.', events: [], ignored: [{ place: 'sheikh-saeed', reason: 'direction' }] },
  {
    construction: 'on the outskirts of',
    text: 'Clashes broke out on the outskirts of Sakhour.',
    events: [],
    ignored: [{ place: 'sakhour', reason: 'outskirts' }],
  },
  {
    construction: 'a conditional',
    text: 'If the army takes Sakhour, the enclave will be split.',
    events: [],
    ignored: [{ place: 'sakhour', reason: 'intent' }],
  },
  { construction: 'a background year', text: 'Rebels seized Masaken Hanano in 2012.', events: [], ignored: [{ place: 'masaken-hanano', reason: 'no-frame' }] },
  { construction: 'a place with no predicate', text: 'Sakhour is a large district.', events: [], ignored: [{ place: 'sakhour', reason: 'no-frame' }] },
  {
    construction: 'a hold adjective does not point back to the last place',
    text: 'The army captured Sakhour, splitting the opposition-held area in two.',
    events: [{ place: 'sakhour', kind: 'capture', controller: 'government' }],
  },
  {
    construction: 'a blocker between the template and the place wins',
    text: 'Troops took control of the area north of Sheikh Saeed.',
    events: [],
    ignored: [{ place: 'sheikh-saeed', reason: 'outskirts' }],
  },
  {
    construction: '"took place" is no capture',
    text: 'Talks took place in Sheikh Maqsoud.',
    events: [],
    ignored: [{ place: 'sheikh-maqsoud', reason: 'no-frame' }],
  },
];

const sides: Row[] = [
  {
    construction: '"terrorists" in state media is the opposition',
    text: 'The terrorists withdrew from Sheikh Lutfi, SANA said.',
    events: [{ place: 'sheikh-lutfi', kind: 'capture', controller: 'government' }],
  },
  {
    construction: 'Russian-backed forces are the government',
    text: 'Russian-backed forces captured Jabal Badro.',
    events: [{ place: 'jabal-badro', kind: 'capture', controller: 'government' }],
  },
  {
    construction: 'Nour al-Din al-Zenki is the opposition',
    text: 'The Nour al-Din al-Zenki movement recaptured Amiriyah.',
    events: [{ place: 'amiriyah', kind: 'capture', controller: 'opposition' }],
  },
  {
    construction: 'Free Syrian Army is not "the army"',
    text: 'Free Syrian Army units seized Karm al-Tarrab.',
    events: [{ place: 'karm-al-tarrab', kind: 'capture', controller: 'opposition' }],
  },
  {
    construction: 'the SDF are Kurdish',
    text: 'The Syrian Democratic Forces took control of Bustan al-Basha.',
    events: [{ place: 'bustan-al-basha', kind: 'capture', controller: 'kurdish' }],
  },
  {
    construction: 'a side in a clause of saying is not the subject',
    text: 'Rebels said the army took Sakhour on Monday.',
    events: [{ place: 'sakhour', kind: 'capture', controller: 'government', date: '2016-12-05' }],
  },
  {
    construction: 'an object side is not the subject',
    text: 'After clashes with rebels, the army seized Haydariya.',
    events: [{ place: 'haydariya', kind: 'capture', controller: 'government' }],
  },
  {
    construction: '"they" is the side named last',
    text: 'Rebel fighters regrouped on Sunday. They retook Karm al-Jabal overnight.',
    events: [{ place: 'karm-al-jabal', kind: 'capture', controller: 'opposition' }],
  },
  {
    construction: 'a side inside an aside set off by dashes is not the subject',
    text: 'Kurdish units — backed, residents said, by government troops — drove the rebels out of Sheikh Fares overnight.',
    events: [{ place: 'sheikh-fares', kind: 'capture', controller: 'kurdish' }],
  },
  {
    construction: 'a side inside brackets is not the subject',
    text: 'Opposition fighters (who had lost the area to the army in the spring) took back Karm al-Tarrab.',
    events: [{ place: 'karm-al-tarrab', kind: 'capture', controller: 'opposition' }],
  },
  {
    construction: 'a side inside an aside set off by commas is not the subject',
    text: 'Kurdish gunmen, working alongside pro-government militias, took Sheikh Fares on Monday.',
    events: [{ place: 'sheikh-fares', kind: 'capture', controller: 'kurdish', date: '2016-12-05' }],
  },
  {
    construction: '"it" after a template is the place named last',
    text: 'Troops entered Sakhour and took full control of it.',
    events: [{ place: 'sakhour', kind: 'capture', controller: 'government', extent: 'all' }],
  },
];

describe.each([
  ['captures (active)', captures],
  ['captures (passive and nominal)', passives],
  ['withdrawals: the side that leaves loses', withdrawals],
  ['contested: entry, fighting, partial and denied', contested],
  ['holds', holds],
  ['not events', notEvents],
  ['who: side names and subjects', sides],
  ['assaults under way and done, states new and lasting', underWay],
])('English %s', (_, rows) => {
  it.each(rows.map((r) => [r.construction, r] as const))('%s', (_c, row) => {
    const got = readRow(row);
    expect(got.events).toEqual(row.events);
    for (const want of row.ignored ?? []) expect(got.ignored).toContainEqual(want);
  });
});

describe('English across sentences', () => {
  it('reads the names a sentence gives of the districts the last one counted ("These included …") with that one’s side and day', () => {
    const { events } = readEnglish('The army took control of four more districts on Monday, a monitor said. These included Marjeh and Bab al-Nayrab.');
    expect(events.map((e) => [e.place.id, e.kind, e.controller, e.date])).toEqual([
      ['marjeh', 'capture', 'government', '2016-12-05'],
      ['bab-al-nayrab', 'capture', 'government', '2016-12-05'],
    ]);
    expect(events[0]!.evidence.sentence).toContain('four more districts');
  });

  it('dates a headline (a first line with no full stop) by the day its lead gives', () => {
    const { events } = readEnglish('Rebels withdraw from Karm al-Jabal\n\nOpposition fighters pulled out of the district on Monday, a monitor said.');
    expect(events[0]!.evidence.sentence).toBe('Rebels withdraw from Karm al-Jabal');
    expect(events[0]!.date).toBe('2016-12-05');
  });

  it('dates a capture told as "a day after capturing X" the day before the sentence’s day', () => {
    const { events } = readEnglish('The army took Sakhour on Monday, a day after capturing Haydariya.');
    expect(events.map((e) => [e.place.id, e.date])).toEqual([
      ['sakhour', '2016-12-05'],
      ['haydariya', '2016-12-04'],
    ]);
  });

  it('keeps the report’s day for a first sentence that ends with a full stop', () => {
    const { events } = readEnglish('Rebels have left Karm al-Jabal, a monitor said. On Monday the army took Sakhour.');
    expect(events.find((e) => e.place.id === 'karm-al-jabal')?.date).toBe('2016-12-06');
  });

  it('gives a bare "also fell" to the side that has been taking ground, not the last side named', () => {
    const { events } = readEnglish('Government forces took Sakhour from the rebels on Monday. Marjeh also fell, a monitor said.');
    expect(events.map((e) => [e.place.id, e.controller])).toEqual([
      ['sakhour', 'government'],
      ['marjeh', 'government'],
    ]);
  });

  it('reads "the army men" as the army, not as civilians', () => {
    const { events } = readEnglish('The army men had earlier captured Sakhour and Marjeh.');
    expect(events.map((e) => [e.place.id, e.kind, e.controller])).toEqual([
      ['sakhour', 'capture', 'government'],
      ['marjeh', 'capture', 'government'],
    ]);
  });

  it('does not carry a sentence that named its districts to the names of the next', () => {
    const { events } = readEnglish('The army took control of Sakhour on Monday. These included shops and schools near Marjeh.');
    expect(events.map((e) => e.place.id)).toEqual(['sakhour']);
  });

  it('reads "they" as the side that acted last, not the side a word of ground belongs to ("the rebel bastion")', () => {
    const { events } = readEnglish(
      'Troops loyal to the government have retaken most of the rebel bastion. On Monday, they shelled the shrinking rebel enclave, seizing the Marjeh district.',
    );
    expect(events.map((e) => [e.place.id, e.controller])).toEqual([['marjeh', 'government']]);
  });
});

describe('English names', () => {
  it('does not read "the ancient city of" another town as the Old City', () => {
    const { events, ignored } = readEnglish('Jihadists recaptured the ancient city of Palmyra on Sunday.');
    expect([...events, ...ignored].map((e) => e.place.id)).toEqual([]);
  });

  it('still reads "the old city of Aleppo"', () => {
    const { events } = readEnglish('Rebels withdrew from the old city of Aleppo on Monday.');
    expect(events.map((e) => [e.place.id, e.controller])).toEqual([['old-city', 'government']]);
  });
});

describe('an area in English', () => {
  const quarters = gazetteer.districtsOf('old-city');

  it('speaks of every quarter when all of it changes hands, each event marked as coming through the area', () => {
    const { events } = readEnglish('Government forces captured all parts of the Old City on Monday.');
    const through = events.filter((e) => e.via?.id === 'old-city');
    expect(quarters.length).toBeGreaterThan(5);
    expect(through.map((e) => e.place.id).sort()).toEqual([...quarters].sort());
    expect(through.every((e) => e.kind === 'capture' && e.controller === 'government' && e.date === '2016-12-05')).toBe(true);
  });

  it('recolours no quarter when only part of it is said to change hands', () => {
    const { events } = readEnglish('Government forces captured parts of the Old City on Monday.');
    expect(events.filter((e) => e.via?.id === 'old-city')).toEqual([]);
  });
});
