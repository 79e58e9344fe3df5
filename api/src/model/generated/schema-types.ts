export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, written YYYY-MM-DD (ISO 8601), e.g. 2021-09-30. */
  Date: { input: string; output: string; }
};

/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type Query = {
  __typename?: 'Query';
  /** A unit by its id, or null when there is none. */
  unit?: Maybe<Unit>;
  /** A person by id, or null when there is none. */
  person?: Maybe<Person>;
  /** A post by id, or null when there is none. */
  post?: Maybe<Post>;
  /** A source document by id (its file name without `.txt`), or null when there is none. */
  source?: Maybe<Source>;
  /**
   * The checks a data editor needs, as a report: overlapping holders of a single-holder post, gaps in
   * a leading post's succession, lines that outlive or predate their units, temporary bodies with no
   * end, facts never attested and facts whose only support is a note. Read from the database, over the
   * units under `under` (along reporting lines of any date, the unit included) or the whole graph; at
   * most a fixed number of units are checked per request (`truncated` and `message` say when more were
   * left out: ask again `under` a smaller unit).
   */
  dataChecks: DataCheckReport;
  /**
   * Units whose English name, Vietnamese name or abbreviation match `query`, best match first.
   * Diacritics are ignored ("Bo Cong an" finds "Bộ Công an"); each word may be the start of a word.
   */
  searchUnits: UnitConnection;
  /**
   * From a unit up to the top of every line asked for, on the date `asOf`. Each path is one branch: where
   * a unit answers to two bodies (dual lines), both come back as separate paths.
   */
  chainOfResponsibility: Chain;
  /** Every unit under a unit along the reporting line, nearest first (then by name), on the date `asOf`. */
  subordinates: SubordinateConnection;
  /**
   * The shortest way two units are connected on `asOf`, over relations of any kind and in either direction.
   * Null when they are not connected within the configured maximum depth.
   */
  pathBetween?: Maybe<UnitPath>;
  /**
   * The units and relations around a unit, up to `depth` steps away, in the shape Cytoscape.js takes
   * (`{ nodes: [{ data }], edges: [{ data }] }`).
   */
  neighbourhood: GraphElements;
  /**
   * What changed in the structure after the day `from` up to the day `to`, oldest first (then by kind
   * and id). A change that follows from another on its day (the lines and holdings of a unit that ends,
   * the subordinates that end, start or move with it) is counted in that change (`alongside`) instead
   * of being listed, unless its kind is asked for in `kinds`.
   */
  changesBetween: ChangeConnection;
  /**
   * Recorded changes, latest first: who made them, when, what, and the citation given. Needs a token
   * with the role `viewer` or higher.
   */
  auditTrail: AuditConnection;
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryDataChecksArgs = {
  codes?: InputMaybe<Array<DataCheckCode>>;
  under?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QuerySearchUnitsArgs = {
  query: Scalars['String']['input'];
  kinds?: InputMaybe<Array<UnitKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryChainOfResponsibilityArgs = {
  unitId: Scalars['ID']['input'];
  lines?: InputMaybe<Array<ChainLine>>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minBasis?: InputMaybe<Basis>;
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QuerySubordinatesArgs = {
  unitId: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minBasis?: InputMaybe<Basis>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryPathBetweenArgs = {
  fromId: Scalars['ID']['input'];
  toId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minBasis?: InputMaybe<Basis>;
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryNeighbourhoodArgs = {
  unitId: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  lines?: InputMaybe<Array<RelationType>>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minBasis?: InputMaybe<Basis>;
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryChangesBetweenArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  under?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<ChangeKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The read API of the command-structure graph: who is responsible to whom, on which date, and which
 * source says so.
 */
export type QueryAuditTrailArgs = {
  targetId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of body a unit is. */
export const UnitKind = {
  /** A ministry, e.g. the Ministry of Public Security. */
  Ministry: 'MINISTRY',
  /** A department or office at ministry level, e.g. the MPS Office. */
  MinistryDepartment: 'MINISTRY_DEPARTMENT',
  /** A high command or command, e.g. the High Command of Guard Police. */
  HighCommand: 'HIGH_COMMAND',
  /** A command or information centre inside a command. */
  CommandCentre: 'COMMAND_CENTRE',
  /** The police force of a province or centrally-run city, e.g. Hanoi Public Security. */
  ProvincialPolice: 'PROVINCIAL_POLICE',
  /** A department of a provincial police force, e.g. Hanoi's Planning Department. */
  ProvincialDepartment: 'PROVINCIAL_DEPARTMENT',
  /** A district-level police unit (abolished on 2025-03-01). */
  DistrictPolice: 'DISTRICT_POLICE',
  /** A commune or ward police unit. */
  CommunePolice: 'COMMUNE_POLICE',
  /** A board of directors or leadership board. */
  LeadershipBoard: 'LEADERSHIP_BOARD',
  /** A committee or sub-committee. */
  Committee: 'COMMITTEE',
  /** A body of the Communist Party of Viet Nam. */
  PartyBody: 'PARTY_BODY',
  /** A State body outside the police (a council, a people's committee, the National Assembly). */
  StateBody: 'STATE_BODY',
  /** A unit of the army, e.g. the Hanoi Capital Military High Command. */
  MilitaryUnit: 'MILITARY_UNIT',
  /** A temporary command set up for an event. */
  TemporaryCommand: 'TEMPORARY_COMMAND',
  /** Anything else. */
  Other: 'OTHER'
} as const;

export type UnitKind = typeof UnitKind[keyof typeof UnitKind];
/** The kinds of relation between units (and from a unit to an event). */
export const RelationType = {
  /** The primary reporting line: a unit is under exactly one parent at a time. */
  ReportsTo: 'REPORTS_TO',
  /** Responsibility / accountability: the unit (or its head) answers to the other; several at once. */
  AnswerableTo: 'ANSWERABLE_TO',
  /** Coordination between bodies. */
  CoordinatesWith: 'COORDINATES_WITH',
  /** Gives advice to. */
  Advises: 'ADVISES',
  /** Guidance or professional direction given to. */
  Guides: 'GUIDES',
  /** The unit was set up by the other. */
  EstablishedBy: 'ESTABLISHED_BY',
  /** A temporary command or committee set up for an event. */
  SetUpFor: 'SET_UP_FOR',
  /**
   * The unit was carried on by the other from the day of the change (`validFrom`): several units
   * succeeded by one are a merger, one by several a split, one by one a renaming or continuation.
   * Not a line of responsibility: chains, paths and neighbourhoods do not follow it.
   */
  SucceededBy: 'SUCCEEDED_BY'
} as const;

export type RelationType = typeof RelationType[keyof typeof RelationType];
/** The lines a chain of responsibility can follow upwards. */
export const ChainLine = {
  /** The primary reporting line (REPORTS_TO). */
  Reporting: 'REPORTING',
  /** Responsibility / accountability lines (ANSWERABLE_TO). */
  Responsibility: 'RESPONSIBILITY'
} as const;

export type ChainLine = typeof ChainLine[keyof typeof ChainLine];
/**
 * Why a fact (a unit, a line, a holding) is taken to hold on a day, strongest first (schema/model.md,
 * "Dates, attestations, basis, status and rank"). A fact that does not hold on the day has no basis (null).
 */
export const Basis = {
  /** Inside what its stated bounds make certain: it had surely started and not yet ended. */
  Stated: 'STATED',
  /** Between the first and the last day a source shows it, where no stated bound says so. */
  Attested: 'ATTESTED',
  /** Outside what any source shows, but not contradicted: carried forward or back. */
  Assumed: 'ASSUMED'
} as const;

export type Basis = typeof Basis[keyof typeof Basis];
/** Whether a claim (a relation or a holding) stands. */
export const ClaimStatus = {
  /** Accepted (the default). */
  Accepted: 'ACCEPTED',
  /** Another source disagrees: both claims are kept, see `claimRank`. */
  Disputed: 'DISPUTED',
  /** Its citation does not itself carry it: a maintainer's reading to check (the note says why). */
  NeedsReview: 'NEEDS_REVIEW'
} as const;

export type ClaimStatus = typeof ClaimStatus[keyof typeof ClaimStatus];
/** Which of disagreeing claims to follow (Wikidata's ranks). */
export const ClaimRank = {
  /** Followed where claims disagree. */
  Preferred: 'PREFERRED',
  /** The default. */
  Normal: 'NORMAL',
  /** Kept as evidence of what was once claimed: never followed by any read, never deleted. */
  Deprecated: 'DEPRECATED'
} as const;

export type ClaimRank = typeof ClaimRank[keyof typeof ClaimRank];
/** What a stated date says of the day a fact started or ended. */
export const DateBound = {
  /** On that date (some day of the month or year when only those are written). */
  Exact: 'EXACT',
  /** On or after it. */
  NotBefore: 'NOT_BEFORE',
  /** On or before it. */
  NotAfter: 'NOT_AFTER',
  /** On a day no source gives (no date is written). */
  Unknown: 'UNKNOWN'
} as const;

export type DateBound = typeof DateBound[keyof typeof DateBound];
/** What kind of event a temporary body serves. */
export const EventKind = {
  /** An election. */
  Election: 'ELECTION',
  /** A congress of the Party, at any level. */
  PartyCongress: 'PARTY_CONGRESS',
  /** The response to a pandemic. */
  PandemicResponse: 'PANDEMIC_RESPONSE',
  /** Another event of State. */
  StateEvent: 'STATE_EVENT',
  /** Anything else. */
  Other: 'OTHER'
} as const;

export type EventKind = typeof EventKind[keyof typeof EventKind];
/** A document facts are drawn from. */
export type Source = {
  __typename?: 'Source';
  /** Its id: the file name without `.txt`. */
  id: Scalars['ID']['output'];
  /** The file in `shared/seeds/`. */
  file?: Maybe<Scalars['String']['output']>;
  /** The document's title. */
  title: Scalars['String']['output'];
  /** Its publication date (or best estimate, see `dateNote`). */
  date?: Maybe<Scalars['Date']['output']>;
  /** How an estimated date was reached, when it was estimated. */
  dateNote?: Maybe<Scalars['String']['output']>;
  /** Who published it, when known. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** Where it was published, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Why a fact is believed: a quote from a source, or a note saying who entered it. */
export type Citation = {
  __typename?: 'Citation';
  /** The source quoted; null for a note. */
  source?: Maybe<Source>;
  /** The exact words of the source that support the fact. */
  quote?: Maybe<Scalars['String']['output']>;
  /** Who entered the fact and from what, when it has no quote. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A ministry, command, department, police force, committee or other body. */
export type Unit = {
  __typename?: 'Unit';
  /** Stable id, e.g. `hanoi-police`. */
  id: Scalars['ID']['output'];
  /** English name, as the sources use it. */
  name: Scalars['String']['output'];
  /** Vietnamese name, when known. */
  nameVi?: Maybe<Scalars['String']['output']>;
  /** Abbreviation, when there is one (MPS). */
  abbreviation?: Maybe<Scalars['String']['output']>;
  /** What kind of body it is. */
  kind: UnitKind;
  /** The territory it covers, when known. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** The earliest day it may have begun, the widest span its stated start allows (`validFromStated`, `validFromBound`); null when open. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** The first day it may no longer hold, the widest span its stated end allows (`validToStated`, `validToBound`); null when not known to have ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /**
   * On what basis the unit holds on `asOf`: null when it does not hold that day. Without `asOf`, the
   * date of the read that returned it (a chain's date, a `relations(asOf:)`'s date), else today.
   */
  basis?: Maybe<Basis>;
  /** The first day a source shows it (a citation's own `asOf`, else its source's date); null when none does. */
  firstAttested?: Maybe<Scalars['Date']['output']>;
  /** The last day a source shows it; null when none does. */
  lastAttested?: Maybe<Scalars['Date']['output']>;
  /** The stated start as written (`2021`, `2021-05` or `2021-05-03`); null when none is stated. */
  validFromStated?: Maybe<Scalars['String']['output']>;
  /** What the stated start says of the real start day (EXACT when it is simply that date); UNKNOWN when it started on a day no source gives; null when no start is stated. */
  validFromBound?: Maybe<DateBound>;
  /** The stated end as written; null when none is stated (not known to have ended). */
  validToStated?: Maybe<Scalars['String']['output']>;
  /** What the stated end says of the real end day; UNKNOWN when it has ended on a day no source gives; null when no end is stated. */
  validToBound?: Maybe<DateBound>;
  /** True for generated (synthetic) data: not a cited fact. */
  synthetic: Scalars['Boolean']['output'];
  /** Why the unit is in the graph. */
  citations: Array<Citation>;
  /** The post that leads the unit, when known. */
  leadPost?: Maybe<Post>;
  /** All posts of the unit. */
  posts: Array<Post>;
  /** Its parent on the reporting line on `asOf` (today when omitted); where two claims disagree, the PREFERRED one. */
  parent?: Maybe<Unit>;
  /** Every relation from or to the unit valid on `asOf` (today when omitted), DEPRECATED claims included (with their `claimRank`: no other read follows them). */
  relations: Array<Relation>;
  /** How many units report directly to it on `asOf` (today when omitted). */
  childCount: Scalars['Int']['output'];
  /** The events it was set up for. */
  events: Array<Event>;
  /**
   * The unit's life in order: its start and end, changes to its names, its parents, its other lines
   * (from it, and to it except units reporting to it), the holders of its leading post, merges and
   * splits; each entry dated and cited. Units joining or leaving it are not listed: read them on a
   * date with `subordinates`, or as changes over a period.
   */
  history: Array<HistoryEntry>;
};


/** A ministry, command, department, police force, committee or other body. */
export type UnitBasisArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A ministry, command, department, police force, committee or other body. */
export type UnitParentArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minBasis?: InputMaybe<Basis>;
};


/** A ministry, command, department, police force, committee or other body. */
export type UnitRelationsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  types?: InputMaybe<Array<RelationType>>;
  minBasis?: InputMaybe<Basis>;
};


/** A ministry, command, department, police force, committee or other body. */
export type UnitChildCountArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minBasis?: InputMaybe<Basis>;
};

/** A position that outlives its holders, e.g. Minister of Public Security. */
export type Post = {
  __typename?: 'Post';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** English title. */
  title: Scalars['String']['output'];
  /** Vietnamese title, when known. */
  titleVi?: Maybe<Scalars['String']['output']>;
  /** True when the post leads its unit. */
  leads: Scalars['Boolean']['output'];
  /** True when several people may hold it at once. */
  collective: Scalars['Boolean']['output'];
  /** The unit the post belongs to. */
  unit: Unit;
  /** Every known holding of the post, latest first. */
  holdings: Array<Holding>;
  /** Who held it on `asOf` (today when omitted). */
  holders: Array<Holding>;
  /** Why the post is in the graph. */
  citations: Array<Citation>;
  /**
   * Its holders in time order, with the spans nobody held it (vacancies), the spans two people held it
   * at once when it is not collective (overlaps), and the spans the sources leave open (a holder not
   * known to have ended before the next began), each as an entry of its own. Nothing is said before
   * the first known holder or after the last; deprecated claims are left out (see `holdings`).
   */
  succession: Array<SuccessionEntry>;
};


/** A position that outlives its holders, e.g. Minister of Public Security. */
export type PostHoldersArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  minBasis?: InputMaybe<Basis>;
};

/** A person who holds or held a post. */
export type Person = {
  __typename?: 'Person';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name as the sources write it. */
  name: Scalars['String']['output'];
  /** Vietnamese name, when known. */
  nameVi?: Maybe<Scalars['String']['output']>;
  /** Latest known rank. */
  rank?: Maybe<Scalars['String']['output']>;
  /** The posts the person held, latest first. */
  holdings: Array<Holding>;
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
  /** Why the person is in the graph. */
  citations: Array<Citation>;
  /**
   * The posts the person held, earliest first (by the start of each holding; one dated only by its
   * sources by its first attestation; undated ones last). Each holding's post leads to its unit.
   * Deprecated claims are left out (see `holdings`).
   */
  career: Array<Holding>;
};

/** A person holding a post between two dates. */
export type Holding = {
  __typename?: 'Holding';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Who. */
  person: Person;
  /** Which post. */
  post: Post;
  /** The rank at the time, when known. */
  rank?: Maybe<Scalars['String']['output']>;
  /** The earliest day it may have begun, the widest span its stated start allows (`validFromStated`, `validFromBound`); null when open. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** The first day it may no longer hold, the widest span its stated end allows (`validToStated`, `validToBound`); null when not known to have ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /**
   * On what basis the holding holds on `asOf`: null when it does not hold that day. Without `asOf`, the
   * date of the read that returned it (a chain's date, a `relations(asOf:)`'s date), else today.
   */
  basis?: Maybe<Basis>;
  /** The first day a source shows it (a citation's own `asOf`, else its source's date); null when none does. */
  firstAttested?: Maybe<Scalars['Date']['output']>;
  /** The last day a source shows it; null when none does. */
  lastAttested?: Maybe<Scalars['Date']['output']>;
  /** The stated start as written (`2021`, `2021-05` or `2021-05-03`); null when none is stated. */
  validFromStated?: Maybe<Scalars['String']['output']>;
  /** What the stated start says of the real start day (EXACT when it is simply that date); UNKNOWN when it started on a day no source gives; null when no start is stated. */
  validFromBound?: Maybe<DateBound>;
  /** The stated end as written; null when none is stated (not known to have ended). */
  validToStated?: Maybe<Scalars['String']['output']>;
  /** What the stated end says of the real end day; UNKNOWN when it has ended on a day no source gives; null when no end is stated. */
  validToBound?: Maybe<DateBound>;
  /** Whether the claim stands: accepted, disputed by another source, or waiting for review. */
  status: ClaimStatus;
  /** Which of disagreeing claims to follow: a DEPRECATED claim is never followed by any read. */
  claimRank: ClaimRank;
  /** Why the holding is believed. */
  citations: Array<Citation>;
};


/** A person holding a post between two dates. */
export type HoldingBasisArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** An event a temporary body is set up for: an election, a Party congress, the COVID-19 response. */
export type Event = {
  __typename?: 'Event';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Vietnamese name, when known. */
  nameVi?: Maybe<Scalars['String']['output']>;
  /** What kind of event. */
  kind: EventKind;
  /** When it began, when known. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** When it ended, when known. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Why the event is in the graph. */
  citations: Array<Citation>;
};

/** A dated, cited relation between two units (or a unit and an event). */
export type Relation = {
  __typename?: 'Relation';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What kind of relation. */
  type: RelationType;
  /** The unit the relation goes from (the subordinate, the adviser, ...). */
  from: Unit;
  /** The unit it goes to; null when it points at an event (see `event`). */
  to?: Maybe<Unit>;
  /** The event, for SET_UP_FOR. */
  event?: Maybe<Event>;
  /** The earliest day it may have begun, the widest span its stated start allows (`validFromStated`, `validFromBound`); null when open. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** The first day it may no longer hold, the widest span its stated end allows (`validToStated`, `validToBound`); null when not known to have ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /**
   * On what basis the relation holds on `asOf`: null when it does not hold that day. Without `asOf`, the
   * date of the read that returned it (a chain's date, a `relations(asOf:)`'s date), else today.
   */
  basis?: Maybe<Basis>;
  /** The first day a source shows it (a citation's own `asOf`, else its source's date); null when none does. */
  firstAttested?: Maybe<Scalars['Date']['output']>;
  /** The last day a source shows it; null when none does. */
  lastAttested?: Maybe<Scalars['Date']['output']>;
  /** The stated start as written (`2021`, `2021-05` or `2021-05-03`); null when none is stated. */
  validFromStated?: Maybe<Scalars['String']['output']>;
  /** What the stated start says of the real start day (EXACT when it is simply that date); UNKNOWN when it started on a day no source gives; null when no start is stated. */
  validFromBound?: Maybe<DateBound>;
  /** The stated end as written; null when none is stated (not known to have ended). */
  validToStated?: Maybe<Scalars['String']['output']>;
  /** What the stated end says of the real end day; UNKNOWN when it has ended on a day no source gives; null when no end is stated. */
  validToBound?: Maybe<DateBound>;
  /** Whether the claim stands: accepted, disputed by another source, or waiting for review. */
  status: ClaimStatus;
  /** Which of disagreeing claims to follow: a DEPRECATED claim is never followed by any read. */
  claimRank: ClaimRank;
  /** What the relation means here, when the source says more. */
  note?: Maybe<Scalars['String']['output']>;
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
  /** Why the relation is believed. */
  citations: Array<Citation>;
};


/** A dated, cited relation between two units (or a unit and an event). */
export type RelationBasisArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

/** A chain of responsibility: every path from a unit up to the top of the lines asked for. */
export type Chain = {
  __typename?: 'Chain';
  /** The unit the chain starts from. */
  unit: Unit;
  /** The date it was read on. */
  asOf: Scalars['Date']['output'];
  /** The lines followed. */
  lines: Array<ChainLine>;
  /** Each branch, from the unit to a top. Dual lines give several paths. */
  paths: Array<ChainPath>;
  /** True when there were more paths than the configured maximum and some were left out. */
  truncated: Scalars['Boolean']['output'];
  /**
   * The lines of the chain that have a competing claim on its date (another claim of the same type from
   * the same unit): where one of them is PREFERRED the chain follows it and leaves the NORMAL ones out.
   */
  disputes: Array<Relation>;
};

/** One branch of a chain of responsibility, ordered from the starting unit upwards. */
export type ChainPath = {
  __typename?: 'ChainPath';
  /** The steps, the starting unit first and the top last. */
  steps: Array<ChainStep>;
  /** The unit at the top of this branch. */
  top: Unit;
};

/** A unit in a chain, with the relation that leads up from it and who led it on the date. */
export type ChainStep = {
  __typename?: 'ChainStep';
  /** 0 for the starting unit, 1 for the next, ... */
  depth: Scalars['Int']['output'];
  /** The unit at this step. */
  unit: Unit;
  /** The relation leading up from this unit to the next step; null at the top. */
  up?: Maybe<Relation>;
  /** The weaker of the basis of its unit and of its `up` line on the chain's date. */
  basis?: Maybe<Basis>;
  /** True when its `up` line has a competing claim (another claim of the same type from the same unit on that day). */
  disputed: Scalars['Boolean']['output'];
  /** The post that leads the unit, when known. */
  leadPost?: Maybe<Post>;
  /** Who held the leading post on the chain's date (empty when unknown). */
  leaders: Array<Holding>;
};

/** A path between two units. */
export type UnitPath = {
  __typename?: 'UnitPath';
  /** The units in order, from the first to the last. */
  units: Array<Unit>;
  /** The relations in order; `relations[i]` joins `units[i]` and `units[i+1]`, in either direction. */
  relations: Array<Relation>;
  /** How many relations long it is. */
  length: Scalars['Int']['output'];
};

/** A page of units. */
export type UnitConnection = {
  __typename?: 'UnitConnection';
  /** The units of this page, best first. */
  edges: Array<UnitEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A unit in a page of results. */
export type UnitEdge = {
  __typename?: 'UnitEdge';
  /** The unit. */
  node: Unit;
  /** Relevance score of the search (higher is better). */
  score: Scalars['Float']['output'];
  /** The cursor to pass as `after` to continue after this unit. */
  cursor: Scalars['String']['output'];
};

/** A page of subordinates. */
export type SubordinateConnection = {
  __typename?: 'SubordinateConnection';
  /** The subordinates of this page. */
  edges: Array<SubordinateEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many subordinates there are in all, within the depth asked. */
  totalCount: Scalars['Int']['output'];
};

/** A subordinate unit and how far below it is. */
export type SubordinateEdge = {
  __typename?: 'SubordinateEdge';
  /** The unit. */
  node: Unit;
  /** 1 for a direct subordinate, 2 for one under that, ... */
  depth: Scalars['Int']['output'];
  /** Its parent on the reporting line on the date asked. */
  parentId: Scalars['ID']['output'];
  /** The cursor to pass as `after` to continue after this unit. */
  cursor: Scalars['String']['output'];
};

/** Pagination, as in the Relay connection spec. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** True when there is a next page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The cursor of the last item of this page; pass it as `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
};

/** Nodes and edges in the shape Cytoscape.js takes. */
export type GraphElements = {
  __typename?: 'GraphElements';
  /** The units. */
  nodes: Array<GraphNode>;
  /** The relations between them. */
  edges: Array<GraphEdge>;
};

/** A Cytoscape.js node. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Its data. */
  data: GraphNodeData;
};

/** A Cytoscape.js node's data. */
export type GraphNodeData = {
  __typename?: 'GraphNodeData';
  /** The unit's id. */
  id: Scalars['ID']['output'];
  /** The unit's name. */
  label: Scalars['String']['output'];
  /** The unit's Vietnamese name, when known. */
  labelVi?: Maybe<Scalars['String']['output']>;
  /** The unit's kind. */
  kind: UnitKind;
  /** How many units report directly to it on the date asked (to show whether it can expand). */
  childCount: Scalars['Int']['output'];
  /** True for generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
  /** On what basis the unit holds on the date asked. */
  basis?: Maybe<Basis>;
};

/** A Cytoscape.js edge. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** Its data. */
  data: GraphEdgeData;
};

/** A Cytoscape.js edge's data. */
export type GraphEdgeData = {
  __typename?: 'GraphEdgeData';
  /** The relation's id. */
  id: Scalars['ID']['output'];
  /** The unit it goes from. */
  source: Scalars['ID']['output'];
  /** The unit it goes to. */
  target: Scalars['ID']['output'];
  /** The kind of relation. */
  type: RelationType;
  /** From when, when known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Until when; null while it holds. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** On what basis the relation holds on the date asked. */
  basis?: Maybe<Basis>;
};

/** What an entry of a post's succession shows. */
export const SuccessionKind = {
  /** A holding of the post, over its stored span. */
  Holder: 'HOLDER',
  /** Nobody held the post: from one holding's stated end to the next holding's start. */
  Vacancy: 'VACANCY',
  /** Two people held a post that is not collective at once. */
  Overlap: 'OVERLAP',
  /**
   * The sources do not say: a holding that is not known to have ended, from the last day a source or
   * its dates show it, to the next holding's start. Neither a vacancy nor an overlap.
   */
  Unknown: 'UNKNOWN'
} as const;

export type SuccessionKind = typeof SuccessionKind[keyof typeof SuccessionKind];
/** One entry of a post's succession: a holding, a vacancy, an overlap or an open span, with its span. */
export type SuccessionEntry = {
  __typename?: 'SuccessionEntry';
  /** What the entry shows. */
  kind: SuccessionKind;
  /**
   * The first day of the span (for a holding, the earliest day its stated dates allow; a holding with
   * no stated start begins at its first attestation); null when no date places it.
   */
  from?: Maybe<Scalars['Date']['output']>;
  /** The first day after the span; null when it is not known to have ended. */
  until?: Maybe<Scalars['Date']['output']>;
  /** The holding, for HOLDER. */
  holding?: Maybe<Holding>;
  /**
   * The holdings the entry is about: the holding (HOLDER); the one before and the one after (VACANCY,
   * UNKNOWN); the two held at once (OVERLAP).
   */
  holdings: Array<Holding>;
  /**
   * False for an OVERLAP that lies only within the imprecision of a stated date (one holder left "in
   * 2021", the next came in June 2021) or beyond what the stated dates make sure; true otherwise.
   */
  certain: Scalars['Boolean']['output'];
};

/** What an entry of a unit's history records. */
export const HistoryKind = {
  /** The unit began to exist. */
  Started: 'STARTED',
  /** The unit ceased to exist. */
  Ended: 'ENDED',
  /** Its names, kind or jurisdiction were changed (`changes` gives the values before and after). */
  Updated: 'UPDATED',
  /** It began to report to a parent (`unit`) on the reporting line. */
  ParentStarted: 'PARENT_STARTED',
  /** Its reporting line to a parent (`unit`) ended. */
  ParentEnded: 'PARENT_ENDED',
  /** A line other than the reporting line began, from it or to it (`relation`; the other end in `unit`). */
  LineStarted: 'LINE_STARTED',
  /** A line other than the reporting line ended. */
  LineEnded: 'LINE_ENDED',
  /** Someone took up its leading post (`holding`). */
  LeaderStarted: 'LEADER_STARTED',
  /** A holder of its leading post left it (`holding`). */
  LeaderEnded: 'LEADER_ENDED',
  /** It was merged into another unit (`units`: the successor) and ended. */
  MergedInto: 'MERGED_INTO',
  /** Other units (`units`) were merged into it. */
  Absorbed: 'ABSORBED',
  /** It was split into new units (`units`) and ended. */
  SplitInto: 'SPLIT_INTO',
  /** It was created by splitting another unit (`units`). */
  SplitFrom: 'SPLIT_FROM'
} as const;

export type HistoryKind = typeof HistoryKind[keyof typeof HistoryKind];
/** A value of a unit's field before and after an update. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The field: `name`, `nameVi`, `abbreviation`, `kind` or `jurisdiction`. */
  field: Scalars['String']['output'];
  /** Its value before the change; null when it had none. */
  before?: Maybe<Scalars['String']['output']>;
  /** Its value after the change; null when it was cleared. */
  after?: Maybe<Scalars['String']['output']>;
};

/** One dated, cited entry of a unit's history. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** What happened. */
  kind: HistoryKind;
  /**
   * The day it happened, as stored: for a start the earliest day it may have started, for an end the
   * first day it may no longer hold; null when no stated date gives it (see `onText` and the attestations).
   */
  on?: Maybe<Scalars['Date']['output']>;
  /**
   * The date as written, when `on` does not say it all: a year (`2021`), a month (`2021-05`), a
   * bounded date (`not before 2021-05`, `not after 2021`), or `unknown` (it happened on a day no source gives).
   */
  onText?: Maybe<Scalars['String']['output']>;
  /** The first day of the fact's stored span (the unit, line or holding the entry is about); null when open. */
  from?: Maybe<Scalars['Date']['output']>;
  /** The first day after the fact's stored span; null when it is not known to have ended. */
  until?: Maybe<Scalars['Date']['output']>;
  /** The first day a source shows the fact, when any does. */
  firstAttested?: Maybe<Scalars['Date']['output']>;
  /** The last day a source shows the fact, when any does. */
  lastAttested?: Maybe<Scalars['Date']['output']>;
  /** The other unit: the parent, or the other end of a line. */
  unit?: Maybe<Unit>;
  /** The units on the other side of a merge or split. */
  units: Array<Unit>;
  /** The line, for PARENT_* and LINE_* entries. */
  relation?: Maybe<Relation>;
  /** The holding, for LEADER_* entries. */
  holding?: Maybe<Holding>;
  /** The values changed, for UPDATED. */
  changes: Array<FieldChange>;
  /** Why the entry is believed: the fact's citations, or for an end the citations given for ending it, or the change's citation. */
  citations: Array<Citation>;
};

/** A check of the data: what it looks for is in each value's description, and how serious a finding is in `DataCheckSeverity`. */
export const DataCheckCode = {
  /** ERROR: two followed holdings of a post that is not collective overlap (deprecated claims aside). */
  OverlappingHolders: 'OVERLAPPING_HOLDERS',
  /** INFO: two holdings of one post overlap, both marked DISPUTED: a dispute kept on purpose; the PREFERRED one is followed. */
  DisputedHolders: 'DISPUTED_HOLDERS',
  /** WARNING: no holder is known between one holding of a leading post and the next (a vacancy, or a missing holding). */
  SuccessionGap: 'SUCCESSION_GAP',
  /** ERROR: a line's stated dates run outside the life of a unit at one of its ends (it starts before the unit existed or runs past its end). */
  RelationBeyondUnit: 'RELATION_BEYOND_UNIT',
  /** WARNING: a line with no start (or no end) at a unit that has one, so it reads as holding before the unit existed (or after it ended). */
  RelationOpenPastUnit: 'RELATION_OPEN_PAST_UNIT',
  /** WARNING: a temporary body (set up for an event, or a temporary command) with no end of its own. */
  TemporaryWithoutEnd: 'TEMPORARY_WITHOUT_END',
  /** WARNING: a unit, line or holding that no citation shows on a day (no source-dated citation and no `asOf`). */
  NeverAttested: 'NEVER_ATTESTED',
  /** WARNING: a unit, line or holding whose only support is a maintainer's note, not a source. */
  NoteOnly: 'NOTE_ONLY',
  /** INFO: a unit, line or holding whose only support is a note marked as public knowledge. */
  PublicKnowledgeOnly: 'PUBLIC_KNOWLEDGE_ONLY'
} as const;

export type DataCheckCode = typeof DataCheckCode[keyof typeof DataCheckCode];
/** How serious a finding is. */
export const DataCheckSeverity = {
  /** Wrong as it stands: fix the data. */
  Error: 'ERROR',
  /** Probably wrong or missing: look at it. */
  Warning: 'WARNING',
  /** Worth knowing; nothing may need to change. */
  Info: 'INFO'
} as const;

export type DataCheckSeverity = typeof DataCheckSeverity[keyof typeof DataCheckSeverity];
/** What the checks found, over the units asked for: counts by check and a page of findings. */
export type DataCheckReport = {
  __typename?: 'DataCheckReport';
  /** How many units were checked (with their posts, holdings and lines). */
  unitsChecked: Scalars['Int']['output'];
  /** True when there were more units than one request checks and some were left out (see `message`). */
  truncated: Scalars['Boolean']['output'];
  /** What was checked and, when `truncated`, what to do to check the rest; null when everything asked for was checked. */
  message?: Maybe<Scalars['String']['output']>;
  /** How many findings each check made (only checks that found something), in the order of DataCheckCode. */
  summary: Array<DataCheckCount>;
  /** How many findings there are in all. */
  totalCount: Scalars['Int']['output'];
  /** The findings of this page, by check, then by the ids involved. */
  edges: Array<DataCheckEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** How many findings one check made. */
export type DataCheckCount = {
  __typename?: 'DataCheckCount';
  /** The check. */
  code: DataCheckCode;
  /** How serious its findings are. */
  severity: DataCheckSeverity;
  /** How many it made. */
  count: Scalars['Int']['output'];
};

/** A finding in a page of them. */
export type DataCheckEdge = {
  __typename?: 'DataCheckEdge';
  /** The finding. */
  node: DataCheckFinding;
  /** The cursor to pass as `after` to continue after this finding. */
  cursor: Scalars['String']['output'];
};

/** One thing a check found: what, where, on which days, and what to do about it. */
export type DataCheckFinding = {
  __typename?: 'DataCheckFinding';
  /** The check that found it. */
  code: DataCheckCode;
  /** How serious it is. */
  severity: DataCheckSeverity;
  /** The ids of the units, lines, posts, holdings or events involved, the one to fix first. */
  ids: Array<Scalars['ID']['output']>;
  /** The first day the finding is about, when it is about a period (null: open, or no period). */
  from?: Maybe<Scalars['Date']['output']>;
  /** The first day after the period the finding is about (null: open, or no period). */
  until?: Maybe<Scalars['Date']['output']>;
  /** What is wrong and what to do about it. */
  message: Scalars['String']['output'];
};

/** What kind of change `changesBetween` reports. */
export const ChangeKind = {
  /** A unit began to exist (and succeeds no other). */
  Created: 'CREATED',
  /** A unit ceased to exist with no successor. */
  Dissolved: 'DISSOLVED',
  /** One unit was carried on by one unit of another name. */
  Renamed: 'RENAMED',
  /** One unit was carried on by one unit of the same name under a new id (re-established). */
  Continued: 'CONTINUED',
  /** Several units were carried on by one. */
  Merged: 'MERGED',
  /** One unit was carried on by several. */
  Split: 'SPLIT',
  /** A unit's reporting line moved from one parent to another. */
  Moved: 'MOVED',
  /** A relation between two existing units began. */
  LineAdded: 'LINE_ADDED',
  /** A relation between two units that go on existing ended. */
  LineEnded: 'LINE_ENDED',
  /** A person began to hold a post. */
  Appointed: 'APPOINTED',
  /** A person stopped holding a post and another took it on the same day. */
  Relieved: 'RELIEVED',
  /** A person stopped holding a post and nobody took it on that day: the post fell vacant. */
  Vacant: 'VACANT'
} as const;

export type ChangeKind = typeof ChangeKind[keyof typeof ChangeKind];
/** One change of the structure on one day; a merger of several units is one change. */
export type Change = {
  __typename?: 'Change';
  /** Stable id of the change: its kind, day and first unit, relation or holding. */
  id: Scalars['ID']['output'];
  /** What kind of change. */
  kind: ChangeKind;
  /** The day it took effect (for an imprecise date, the earliest day it can be). */
  date: Scalars['Date']['output'];
  /** The date as its source states it: YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known; null when no source dates it. */
  dateText?: Maybe<Scalars['String']['output']>;
  /** True when the source states the day itself (not only a month, a year or a bound). */
  dateExact: Scalars['Boolean']['output'];
  /** The units the change is about: created, dissolved, renamed or moved; the units merged or split; the unit of a line or a post. */
  units: Array<Unit>;
  /** MERGED, SPLIT, RENAMED, CONTINUED: the units that carried them on. */
  successors: Array<Unit>;
  /** MOVED: the parent the unit reported to before. */
  fromParent?: Maybe<Unit>;
  /** MOVED: the parent it reports to after. */
  toParent?: Maybe<Unit>;
  /** The relations the change begins or ends (the line of LINE_ADDED and LINE_ENDED, the new line of MOVED, the SUCCEEDED_BY lines of a succession). */
  relations: Array<Relation>;
  /** APPOINTED, RELIEVED, VACANT: the holdings that began or ended. */
  holdings: Array<Holding>;
  /** What followed from this change on its day and is counted here instead of listed, by kind (for example the communes that moved when their district was dissolved). */
  alongside: Array<ChangeCount>;
  /** True when the change is generated (synthetic) data. */
  synthetic: Scalars['Boolean']['output'];
  /** Why the change is believed: the citations of the fact that carries it (the unit, the line or the holding). */
  citations: Array<Citation>;
};

/** How many of one kind of change. */
export type ChangeCount = {
  __typename?: 'ChangeCount';
  /** The kind. */
  kind: ChangeKind;
  /** How many. */
  count: Scalars['Int']['output'];
};

/** Every kind of change in a `changesBetween` answer, counted. */
export type ChangeSummary = {
  __typename?: 'ChangeSummary';
  /** The kind. */
  kind: ChangeKind;
  /** How many changes of this kind are listed (over all pages). */
  changes: Scalars['Int']['output'];
  /** How many facts of this kind there are, listed or counted inside another change (`alongside`): the units of a merger, each moved unit. */
  facts: Scalars['Int']['output'];
};

/** A page of changes. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes of this page. */
  edges: Array<ChangeEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many changes are listed over all pages. */
  totalCount: Scalars['Int']['output'];
  /** Counts by kind over all pages, in the order of `ChangeKind`; kinds with nothing are left out. */
  summary: Array<ChangeSummary>;
};

/** One change of a page. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** The change. */
  node: Change;
  /** Pass as `after` to start the next page after this change. */
  cursor: Scalars['String']['output'];
};

/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a unit, under `parentId` on the reporting line when given, from `change.effectiveDate`. */
  createUnit: Unit;
  /** Changes a unit's names, kind or jurisdiction (the previous values stay in the audit trail). */
  updateUnit: Unit;
  /**
   * Puts a unit under another parent from `change.effectiveDate`: its current reporting line ends that
   * day and the new one starts. Refused with CONFLICT (and the loop in `extensions.path`) when the new
   * parent is the unit itself or one of its descendants.
   */
  moveUnit: Unit;
  /** Adds a responsibility, coordination, advisory or guidance line between two units. */
  addRelation: Relation;
  /** Ends a relation on `change.effectiveDate` (sets its validTo; the relation stays in the past). */
  endRelation: Relation;
  /** Creates a post of a unit. */
  createPost: Post;
  /** Changes a post's titles or flags. */
  updatePost: Post;
  /** Creates a person. */
  createPerson: Person;
  /** Changes a person's names or rank. */
  updatePerson: Person;
  /**
   * Appoints a person to a post from `change.effectiveDate`. Refused with CONFLICT when the post is
   * held then (or later) and is not collective: relieve the holder first.
   */
  appointPerson: Holding;
  /** Relieves a person of a post on `change.effectiveDate` (ends the holding). */
  relievePerson: Holding;
  /**
   * Dissolves a unit on `change.effectiveDate`: the unit, its relations and the holdings of its posts
   * end that day. Refused with CONFLICT while units still report to it (move them first). Role `admin`.
   */
  dissolveUnit: Unit;
  /**
   * Merges units into one, as one dated change (as the provincial police forces were merged in 2025):
   * the units' subordinates move to the successor and the merged units are dissolved. Role `admin`.
   */
  mergeUnits: Unit;
  /**
   * Splits a unit into new units, as one dated change: every current subordinate is assigned to one of
   * them and the split unit is dissolved. Role `admin`.
   */
  splitUnit: Array<Unit>;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationUpdateUnitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUnitInput;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationMoveUnitArgs = {
  unitId: Scalars['ID']['input'];
  newParentId: Scalars['ID']['input'];
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationAddRelationArgs = {
  input: AddRelationInput;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationEndRelationArgs = {
  id: Scalars['ID']['input'];
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationCreatePostArgs = {
  input: CreatePostInput;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationUpdatePostArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePostInput;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationUpdatePersonArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationAppointPersonArgs = {
  personId: Scalars['ID']['input'];
  postId: Scalars['ID']['input'];
  rank?: InputMaybe<Scalars['String']['input']>;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationRelievePersonArgs = {
  personId: Scalars['ID']['input'];
  postId: Scalars['ID']['input'];
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationDissolveUnitArgs = {
  id: Scalars['ID']['input'];
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationMergeUnitsArgs = {
  unitIds: Array<Scalars['ID']['input']>;
  into: MergeTargetInput;
  change: ChangeInput;
};


/**
 * Writes to the command-structure graph, and the audit trail that records them. Every change takes the
 * day it takes effect and a citation; nothing is deleted: ending a fact sets its `validTo`, so reads
 * with an earlier `asOf` still show the past. Writing needs a bearer token (an API key or a JWT) with
 * the role `editor` (`admin` for dissolving, merging and splitting units).
 */
export type MutationSplitUnitArgs = {
  id: Scalars['ID']['input'];
  into: Array<CreateUnitInput>;
  assignments?: InputMaybe<Array<ChildAssignmentInput>>;
  change: ChangeInput;
};

/** When a change takes effect, and why it is believed. */
export type ChangeInput = {
  /** The day the change takes effect (the new facts hold from it; ended facts hold until the day before). */
  effectiveDate: Scalars['Date']['input'];
  /** The source and quote, or a note saying who entered the change and from what. */
  citation: CitationInput;
};

/** A citation: `sourceId` with `quote`, or `note`. */
export type CitationInput = {
  /** The id of a Source in the graph. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** The exact words of the source (with `sourceId`). */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** Who entered the fact and from what (instead of a source). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A new unit. */
export type CreateUnitInput = {
  /** Its id: letters, digits, `-`, `_`, `.` or `:` (at most 128). */
  id: Scalars['ID']['input'];
  /** English name. */
  name: Scalars['String']['input'];
  /** Vietnamese name. */
  nameVi?: InputMaybe<Scalars['String']['input']>;
  /** Abbreviation. */
  abbreviation?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. */
  kind: UnitKind;
  /** The territory it covers. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Its parent on the reporting line, if any. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** New values for a unit; fields left out stay as they are. */
export type UpdateUnitInput = {
  /** English name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Vietnamese name. */
  nameVi?: InputMaybe<Scalars['String']['input']>;
  /** Abbreviation. */
  abbreviation?: InputMaybe<Scalars['String']['input']>;
  /** What kind of body it is. */
  kind?: InputMaybe<UnitKind>;
  /** The territory it covers. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
};

/** The kinds of relation addRelation makes (the reporting line is changed with moveUnit). */
export const LineType = {
  /** Responsibility / accountability. */
  AnswerableTo: 'ANSWERABLE_TO',
  /** Coordination. */
  CoordinatesWith: 'COORDINATES_WITH',
  /** Gives advice to. */
  Advises: 'ADVISES',
  /** Guidance or professional direction. */
  Guides: 'GUIDES'
} as const;

export type LineType = typeof LineType[keyof typeof LineType];
/** A new relation between two units. */
export type AddRelationInput = {
  /** What kind of line. */
  type: LineType;
  /** The unit it goes from (the one answerable, coordinating, advising or guiding). */
  fromId: Scalars['ID']['input'];
  /** The unit it goes to. */
  toId: Scalars['ID']['input'];
  /** What it means here, when the source says more. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A new post. */
export type CreatePostInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** The unit it belongs to. */
  unitId: Scalars['ID']['input'];
  /** English title. */
  title: Scalars['String']['input'];
  /** Vietnamese title. */
  titleVi?: InputMaybe<Scalars['String']['input']>;
  /** True when the post leads its unit. */
  leads?: InputMaybe<Scalars['Boolean']['input']>;
  /** True when several people may hold it at once. */
  collective?: InputMaybe<Scalars['Boolean']['input']>;
};

/** New values for a post; fields left out stay as they are. */
export type UpdatePostInput = {
  /** English title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Vietnamese title. */
  titleVi?: InputMaybe<Scalars['String']['input']>;
  /** True when the post leads its unit. */
  leads?: InputMaybe<Scalars['Boolean']['input']>;
  /** True when several people may hold it at once (refused while it has several holders and this is false). */
  collective?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new person. */
export type CreatePersonInput = {
  /** Its id. */
  id: Scalars['ID']['input'];
  /** Name as the sources write it. */
  name: Scalars['String']['input'];
  /** Vietnamese name. */
  nameVi?: InputMaybe<Scalars['String']['input']>;
  /** Latest known rank. */
  rank?: InputMaybe<Scalars['String']['input']>;
};

/** New values for a person; fields left out stay as they are. */
export type UpdatePersonInput = {
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Vietnamese name. */
  nameVi?: InputMaybe<Scalars['String']['input']>;
  /** Latest known rank. */
  rank?: InputMaybe<Scalars['String']['input']>;
};

/** The unit merged units become: an existing unit (give only `id`) or a new one (give `id`, `name` and `kind`). */
export type MergeTargetInput = {
  /** The successor's id. */
  id: Scalars['ID']['input'];
  /** Name of a new successor. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Vietnamese name of a new successor. */
  nameVi?: InputMaybe<Scalars['String']['input']>;
  /** Abbreviation of a new successor. */
  abbreviation?: InputMaybe<Scalars['String']['input']>;
  /** Kind of a new successor. */
  kind?: InputMaybe<UnitKind>;
  /** Jurisdiction of a new successor. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** Parent of a new successor; the first merged unit's parent when left out. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Which new unit a subordinate of a split unit goes to. */
export type ChildAssignmentInput = {
  /** The subordinate. */
  childId: Scalars['ID']['input'];
  /** The id of one of the new units. */
  newParentId: Scalars['ID']['input'];
};

/** A recorded change. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Its id. */
  id: Scalars['ID']['output'];
  /** When it was recorded (ISO 8601 date and time, UTC). */
  at: Scalars['String']['output'];
  /** Who made it: the API key's name or the JWT's subject. */
  actor: Scalars['String']['output'];
  /** The mutation, e.g. `moveUnit`. */
  action: Scalars['String']['output'];
  /** The day the change takes effect. */
  effectiveDate: Scalars['Date']['output'];
  /** The citation given. */
  citation: Citation;
  /** The arguments, as JSON text. */
  input: Scalars['String']['output'];
  /** The values before the change, as JSON text, when it changed existing properties. */
  before?: Maybe<Scalars['String']['output']>;
  /** The ids the change touched. */
  targetIds: Array<Scalars['ID']['output']>;
};

/** A page of audit entries. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** The entries of this page, latest first. */
  edges: Array<AuditEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** An audit entry in a page. */
export type AuditEdge = {
  __typename?: 'AuditEdge';
  /** The entry. */
  node: AuditEntry;
  /** The cursor to pass as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
};
