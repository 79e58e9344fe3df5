import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { UnitModel, PostModel, PersonModel, HoldingModel, EventModel, RelationModel, SourceModel, CitationModel, ChainStepModel, ChainPathModel, ChainModel, UnitPathModel, GraphNodeDataModel, GraphEdgeDataModel } from '../../model/models';
import { HistoryEntryModel, SuccessionEntryModel } from '../../model/history-models';
import { ChangeModel } from '../../domain/changes';
import { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
export type UnitKind =
  /** A ministry, e.g. the Ministry of Public Security. */
  | 'MINISTRY'
  /** A department or office at ministry level, e.g. the MPS Office. */
  | 'MINISTRY_DEPARTMENT'
  /** A high command or command, e.g. the High Command of Guard Police. */
  | 'HIGH_COMMAND'
  /** A command or information centre inside a command. */
  | 'COMMAND_CENTRE'
  /** The police force of a province or centrally-run city, e.g. Hanoi Public Security. */
  | 'PROVINCIAL_POLICE'
  /** A department of a provincial police force, e.g. Hanoi's Planning Department. */
  | 'PROVINCIAL_DEPARTMENT'
  /** A district-level police unit (abolished on 2025-03-01). */
  | 'DISTRICT_POLICE'
  /** A commune or ward police unit. */
  | 'COMMUNE_POLICE'
  /** A board of directors or leadership board. */
  | 'LEADERSHIP_BOARD'
  /** A committee or sub-committee. */
  | 'COMMITTEE'
  /** A body of the Communist Party of Viet Nam. */
  | 'PARTY_BODY'
  /** A State body outside the police (a council, a people's committee, the National Assembly). */
  | 'STATE_BODY'
  /** A unit of the army, e.g. the Hanoi Capital Military High Command. */
  | 'MILITARY_UNIT'
  /** A temporary command set up for an event. */
  | 'TEMPORARY_COMMAND'
  /** Anything else. */
  | 'OTHER';

/** The kinds of relation between units (and from a unit to an event). */
export type RelationType =
  /** The primary reporting line: a unit is under exactly one parent at a time. */
  | 'REPORTS_TO'
  /** Responsibility / accountability: the unit (or its head) answers to the other; several at once. */
  | 'ANSWERABLE_TO'
  /** Coordination between bodies. */
  | 'COORDINATES_WITH'
  /** Gives advice to. */
  | 'ADVISES'
  /** Guidance or professional direction given to. */
  | 'GUIDES'
  /** The unit was set up by the other. */
  | 'ESTABLISHED_BY'
  /** A temporary command or committee set up for an event. */
  | 'SET_UP_FOR'
  /**
   * The unit was carried on by the other from the day of the change (`validFrom`): several units
   * succeeded by one are a merger, one by several a split, one by one a renaming or continuation.
   * Not a line of responsibility: chains, paths and neighbourhoods do not follow it.
   */
  | 'SUCCEEDED_BY';

/** The lines a chain of responsibility can follow upwards. */
export type ChainLine =
  /** The primary reporting line (REPORTS_TO). */
  | 'REPORTING'
  /** Responsibility / accountability lines (ANSWERABLE_TO). */
  | 'RESPONSIBILITY';

/**
 * Why a fact (a unit, a line, a holding) is taken to hold on a day, strongest first (schema/model.md,
 * "Dates, attestations, basis, status and rank"). A fact that does not hold on the day has no basis (null).
 */
export type Basis =
  /** Inside what its stated bounds make certain: it had surely started and not yet ended. */
  | 'STATED'
  /** Between the first and the last day a source shows it, where no stated bound says so. */
  | 'ATTESTED'
  /** Outside what any source shows, but not contradicted: carried forward or back. */
  | 'ASSUMED';

/** Whether a claim (a relation or a holding) stands. */
export type ClaimStatus =
  /** Accepted (the default). */
  | 'ACCEPTED'
  /** Another source disagrees: both claims are kept, see `claimRank`. */
  | 'DISPUTED'
  /** Its citation does not itself carry it: a maintainer's reading to check (the note says why). */
  | 'NEEDS_REVIEW';

/** Which of disagreeing claims to follow (Wikidata's ranks). */
export type ClaimRank =
  /** Followed where claims disagree. */
  | 'PREFERRED'
  /** The default. */
  | 'NORMAL'
  /** Kept as evidence of what was once claimed: never followed by any read, never deleted. */
  | 'DEPRECATED';

/** What a stated date says of the day a fact started or ended. */
export type DateBound =
  /** On that date (some day of the month or year when only those are written). */
  | 'EXACT'
  /** On or after it. */
  | 'NOT_BEFORE'
  /** On or before it. */
  | 'NOT_AFTER'
  /** On a day no source gives (no date is written). */
  | 'UNKNOWN';

/** What kind of event a temporary body serves. */
export type EventKind =
  /** An election. */
  | 'ELECTION'
  /** A congress of the Party, at any level. */
  | 'PARTY_CONGRESS'
  /** The response to a pandemic. */
  | 'PANDEMIC_RESPONSE'
  /** Another event of State. */
  | 'STATE_EVENT'
  /** Anything else. */
  | 'OTHER';

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
export type SuccessionKind =
  /** A holding of the post, over its stored span. */
  | 'HOLDER'
  /** Nobody held the post: from one holding's stated end to the next holding's start. */
  | 'VACANCY'
  /** Two people held a post that is not collective at once. */
  | 'OVERLAP'
  /**
   * The sources do not say: a holding that is not known to have ended, from the last day a source or
   * its dates show it, to the next holding's start. Neither a vacancy nor an overlap.
   */
  | 'UNKNOWN';

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
export type HistoryKind =
  /** The unit began to exist. */
  | 'STARTED'
  /** The unit ceased to exist. */
  | 'ENDED'
  /** Its names, kind or jurisdiction were changed (`changes` gives the values before and after). */
  | 'UPDATED'
  /** It began to report to a parent (`unit`) on the reporting line. */
  | 'PARENT_STARTED'
  /** Its reporting line to a parent (`unit`) ended. */
  | 'PARENT_ENDED'
  /** A line other than the reporting line began, from it or to it (`relation`; the other end in `unit`). */
  | 'LINE_STARTED'
  /** A line other than the reporting line ended. */
  | 'LINE_ENDED'
  /** Someone took up its leading post (`holding`). */
  | 'LEADER_STARTED'
  /** A holder of its leading post left it (`holding`). */
  | 'LEADER_ENDED'
  /** It was merged into another unit (`units`: the successor) and ended. */
  | 'MERGED_INTO'
  /** Other units (`units`) were merged into it. */
  | 'ABSORBED'
  /** It was split into new units (`units`) and ended. */
  | 'SPLIT_INTO'
  /** It was created by splitting another unit (`units`). */
  | 'SPLIT_FROM';

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
export type DataCheckCode =
  /** ERROR: two followed holdings of a post that is not collective overlap (deprecated claims aside). */
  | 'OVERLAPPING_HOLDERS'
  /** INFO: two holdings of one post overlap, both marked DISPUTED: a dispute kept on purpose; the PREFERRED one is followed. */
  | 'DISPUTED_HOLDERS'
  /** WARNING: no holder is known between one holding of a leading post and the next (a vacancy, or a missing holding). */
  | 'SUCCESSION_GAP'
  /** ERROR: a line's stated dates run outside the life of a unit at one of its ends (it starts before the unit existed or runs past its end). */
  | 'RELATION_BEYOND_UNIT'
  /** WARNING: a line with no start (or no end) at a unit that has one, so it reads as holding before the unit existed (or after it ended). */
  | 'RELATION_OPEN_PAST_UNIT'
  /** WARNING: a temporary body (set up for an event, or a temporary command) with no end of its own. */
  | 'TEMPORARY_WITHOUT_END'
  /** WARNING: a unit, line or holding that no citation shows on a day (no source-dated citation and no `asOf`). */
  | 'NEVER_ATTESTED'
  /** WARNING: a unit, line or holding whose only support is a maintainer's note, not a source. */
  | 'NOTE_ONLY'
  /** INFO: a unit, line or holding whose only support is a note marked as public knowledge. */
  | 'PUBLIC_KNOWLEDGE_ONLY';

/** How serious a finding is. */
export type DataCheckSeverity =
  /** Wrong as it stands: fix the data. */
  | 'ERROR'
  /** Probably wrong or missing: look at it. */
  | 'WARNING'
  /** Worth knowing; nothing may need to change. */
  | 'INFO';

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
export type ChangeKind =
  /** A unit began to exist (and succeeds no other). */
  | 'CREATED'
  /** A unit ceased to exist with no successor. */
  | 'DISSOLVED'
  /** One unit was carried on by one unit of another name. */
  | 'RENAMED'
  /** One unit was carried on by one unit of the same name under a new id (re-established). */
  | 'CONTINUED'
  /** Several units were carried on by one. */
  | 'MERGED'
  /** One unit was carried on by several. */
  | 'SPLIT'
  /** A unit's reporting line moved from one parent to another. */
  | 'MOVED'
  /** A relation between two existing units began. */
  | 'LINE_ADDED'
  /** A relation between two units that go on existing ended. */
  | 'LINE_ENDED'
  /** A person began to hold a post. */
  | 'APPOINTED'
  /** A person stopped holding a post and another took it on the same day. */
  | 'RELIEVED'
  /** A person stopped holding a post and nobody took it on that day: the post fell vacant. */
  | 'VACANT';

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
export type LineType =
  /** Responsibility / accountability. */
  | 'ANSWERABLE_TO'
  /** Coordination. */
  | 'COORDINATES_WITH'
  /** Gives advice to. */
  | 'ADVISES'
  /** Guidance or professional direction. */
  | 'GUIDES';

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

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UnitKind: UnitKind;
  RelationType: RelationType;
  ChainLine: ChainLine;
  Basis: Basis;
  ClaimStatus: ClaimStatus;
  ClaimRank: ClaimRank;
  DateBound: DateBound;
  EventKind: EventKind;
  Source: ResolverTypeWrapper<SourceModel>;
  Citation: ResolverTypeWrapper<CitationModel>;
  Unit: ResolverTypeWrapper<UnitModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Post: ResolverTypeWrapper<PostModel>;
  Person: ResolverTypeWrapper<PersonModel>;
  Holding: ResolverTypeWrapper<HoldingModel>;
  Event: ResolverTypeWrapper<EventModel>;
  Relation: ResolverTypeWrapper<RelationModel>;
  Chain: ResolverTypeWrapper<ChainModel>;
  ChainPath: ResolverTypeWrapper<ChainPathModel>;
  ChainStep: ResolverTypeWrapper<ChainStepModel>;
  UnitPath: ResolverTypeWrapper<UnitPathModel>;
  UnitConnection: ResolverTypeWrapper<Omit<UnitConnection, 'edges'> & { edges: Array<ResolversTypes['UnitEdge']> }>;
  UnitEdge: ResolverTypeWrapper<Omit<UnitEdge, 'node'> & { node: ResolversTypes['Unit'] }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SubordinateConnection: ResolverTypeWrapper<Omit<SubordinateConnection, 'edges'> & { edges: Array<ResolversTypes['SubordinateEdge']> }>;
  SubordinateEdge: ResolverTypeWrapper<Omit<SubordinateEdge, 'node'> & { node: ResolversTypes['Unit'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  GraphElements: ResolverTypeWrapper<Omit<GraphElements, 'nodes' | 'edges'> & { nodes: Array<ResolversTypes['GraphNode']>, edges: Array<ResolversTypes['GraphEdge']> }>;
  GraphNode: ResolverTypeWrapper<Omit<GraphNode, 'data'> & { data: ResolversTypes['GraphNodeData'] }>;
  GraphNodeData: ResolverTypeWrapper<GraphNodeDataModel>;
  GraphEdge: ResolverTypeWrapper<Omit<GraphEdge, 'data'> & { data: ResolversTypes['GraphEdgeData'] }>;
  GraphEdgeData: ResolverTypeWrapper<GraphEdgeDataModel>;
  SuccessionKind: SuccessionKind;
  SuccessionEntry: ResolverTypeWrapper<SuccessionEntryModel>;
  HistoryKind: HistoryKind;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntryModel>;
  DataCheckCode: DataCheckCode;
  DataCheckSeverity: DataCheckSeverity;
  DataCheckReport: ResolverTypeWrapper<DataCheckReport>;
  DataCheckCount: ResolverTypeWrapper<DataCheckCount>;
  DataCheckEdge: ResolverTypeWrapper<DataCheckEdge>;
  DataCheckFinding: ResolverTypeWrapper<DataCheckFinding>;
  ChangeKind: ChangeKind;
  Change: ResolverTypeWrapper<ChangeModel>;
  ChangeCount: ResolverTypeWrapper<ChangeCount>;
  ChangeSummary: ResolverTypeWrapper<ChangeSummary>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeEdge']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ChangeInput: ChangeInput;
  CitationInput: CitationInput;
  CreateUnitInput: CreateUnitInput;
  UpdateUnitInput: UpdateUnitInput;
  LineType: LineType;
  AddRelationInput: AddRelationInput;
  CreatePostInput: CreatePostInput;
  UpdatePostInput: UpdatePostInput;
  CreatePersonInput: CreatePersonInput;
  UpdatePersonInput: UpdatePersonInput;
  MergeTargetInput: MergeTargetInput;
  ChildAssignmentInput: ChildAssignmentInput;
  AuditEntry: ResolverTypeWrapper<Omit<AuditEntry, 'citation'> & { citation: ResolversTypes['Citation'] }>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEdge']> }>;
  AuditEdge: ResolverTypeWrapper<Omit<AuditEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Source: SourceModel;
  Citation: CitationModel;
  Unit: UnitModel;
  Boolean: Scalars['Boolean']['output'];
  Post: PostModel;
  Person: PersonModel;
  Holding: HoldingModel;
  Event: EventModel;
  Relation: RelationModel;
  Chain: ChainModel;
  ChainPath: ChainPathModel;
  ChainStep: ChainStepModel;
  UnitPath: UnitPathModel;
  UnitConnection: Omit<UnitConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnitEdge']> };
  UnitEdge: Omit<UnitEdge, 'node'> & { node: ResolversParentTypes['Unit'] };
  Float: Scalars['Float']['output'];
  SubordinateConnection: Omit<SubordinateConnection, 'edges'> & { edges: Array<ResolversParentTypes['SubordinateEdge']> };
  SubordinateEdge: Omit<SubordinateEdge, 'node'> & { node: ResolversParentTypes['Unit'] };
  PageInfo: PageInfo;
  GraphElements: Omit<GraphElements, 'nodes' | 'edges'> & { nodes: Array<ResolversParentTypes['GraphNode']>, edges: Array<ResolversParentTypes['GraphEdge']> };
  GraphNode: Omit<GraphNode, 'data'> & { data: ResolversParentTypes['GraphNodeData'] };
  GraphNodeData: GraphNodeDataModel;
  GraphEdge: Omit<GraphEdge, 'data'> & { data: ResolversParentTypes['GraphEdgeData'] };
  GraphEdgeData: GraphEdgeDataModel;
  SuccessionEntry: SuccessionEntryModel;
  FieldChange: FieldChange;
  HistoryEntry: HistoryEntryModel;
  DataCheckReport: DataCheckReport;
  DataCheckCount: DataCheckCount;
  DataCheckEdge: DataCheckEdge;
  DataCheckFinding: DataCheckFinding;
  Change: ChangeModel;
  ChangeCount: ChangeCount;
  ChangeSummary: ChangeSummary;
  ChangeConnection: Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeEdge']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Mutation: Record<PropertyKey, never>;
  ChangeInput: ChangeInput;
  CitationInput: CitationInput;
  CreateUnitInput: CreateUnitInput;
  UpdateUnitInput: UpdateUnitInput;
  AddRelationInput: AddRelationInput;
  CreatePostInput: CreatePostInput;
  UpdatePostInput: UpdatePostInput;
  CreatePersonInput: CreatePersonInput;
  UpdatePersonInput: UpdatePersonInput;
  MergeTargetInput: MergeTargetInput;
  ChildAssignmentInput: ChildAssignmentInput;
  AuditEntry: Omit<AuditEntry, 'citation'> & { citation: ResolversParentTypes['Citation'] };
  AuditConnection: Omit<AuditConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEdge']> };
  AuditEdge: Omit<AuditEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<QueryUnitArgs, 'id'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  post?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<QueryPostArgs, 'id'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  dataChecks?: Resolver<ResolversTypes['DataCheckReport'], ParentType, ContextType, RequireFields<QueryDataChecksArgs, 'first'>>;
  searchUnits?: Resolver<ResolversTypes['UnitConnection'], ParentType, ContextType, RequireFields<QuerySearchUnitsArgs, 'query' | 'first'>>;
  chainOfResponsibility?: Resolver<ResolversTypes['Chain'], ParentType, ContextType, RequireFields<QueryChainOfResponsibilityArgs, 'unitId' | 'lines' | 'minBasis'>>;
  subordinates?: Resolver<ResolversTypes['SubordinateConnection'], ParentType, ContextType, RequireFields<QuerySubordinatesArgs, 'unitId' | 'depth' | 'minBasis' | 'first'>>;
  pathBetween?: Resolver<Maybe<ResolversTypes['UnitPath']>, ParentType, ContextType, RequireFields<QueryPathBetweenArgs, 'fromId' | 'toId' | 'minBasis'>>;
  neighbourhood?: Resolver<ResolversTypes['GraphElements'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'unitId' | 'depth' | 'minBasis'>>;
  changesBetween?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesBetweenArgs, 'from' | 'to' | 'first'>>;
  auditTrail?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dateNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = ResolversObject<{
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UnitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Unit'] = ResolversParentTypes['Unit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  abbreviation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType, Partial<UnitBasisArgs>>;
  firstAttested?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastAttested?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validFromStated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFromBound?: Resolver<Maybe<ResolversTypes['DateBound']>, ParentType, ContextType>;
  validToStated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validToBound?: Resolver<Maybe<ResolversTypes['DateBound']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  leadPost?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  posts?: Resolver<Array<ResolversTypes['Post']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<UnitParentArgs, 'minBasis'>>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType, RequireFields<UnitRelationsArgs, 'minBasis'>>;
  childCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<UnitChildCountArgs, 'minBasis'>>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
}>;

export type PostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleVi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leads?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  collective?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  holders?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType, RequireFields<PostHoldersArgs, 'minBasis'>>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  succession?: Resolver<Array<ResolversTypes['SuccessionEntry']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  career?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
}>;

export type HoldingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Holding'] = ResolversParentTypes['Holding']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  post?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType, Partial<HoldingBasisArgs>>;
  firstAttested?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastAttested?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validFromStated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFromBound?: Resolver<Maybe<ResolversTypes['DateBound']>, ParentType, ContextType>;
  validToStated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validToBound?: Resolver<Maybe<ResolversTypes['DateBound']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  claimRank?: Resolver<ResolversTypes['ClaimRank'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type RelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType, Partial<RelationBasisArgs>>;
  firstAttested?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastAttested?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validFromStated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFromBound?: Resolver<Maybe<ResolversTypes['DateBound']>, ParentType, ContextType>;
  validToStated?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validToBound?: Resolver<Maybe<ResolversTypes['DateBound']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  claimRank?: Resolver<ResolversTypes['ClaimRank'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type ChainResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Chain'] = ResolversParentTypes['Chain']> = ResolversObject<{
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ChainLine']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['ChainPath']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
}>;

export type ChainPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainPath'] = ResolversParentTypes['ChainPath']> = ResolversObject<{
  steps?: Resolver<Array<ResolversTypes['ChainStep']>, ParentType, ContextType>;
  top?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
}>;

export type ChainStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChainStep'] = ResolversParentTypes['ChainStep']> = ResolversObject<{
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  up?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
  disputed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  leadPost?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
  leaders?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
}>;

export type UnitPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitPath'] = ResolversParentTypes['UnitPath']> = ResolversObject<{
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UnitConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitConnection'] = ResolversParentTypes['UnitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UnitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type UnitEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnitEdge'] = ResolversParentTypes['UnitEdge']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubordinateConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubordinateConnection'] = ResolversParentTypes['SubordinateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SubordinateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubordinateEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubordinateEdge'] = ResolversParentTypes['SubordinateEdge']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Unit'], ParentType, ContextType>;
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GraphElementsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphElements'] = ResolversParentTypes['GraphElements']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
}>;

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = ResolversObject<{
  data?: Resolver<ResolversTypes['GraphNodeData'], ParentType, ContextType>;
}>;

export type GraphNodeDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNodeData'] = ResolversParentTypes['GraphNodeData']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelVi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnitKind'], ParentType, ContextType>;
  childCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
}>;

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = ResolversObject<{
  data?: Resolver<ResolversTypes['GraphEdgeData'], ParentType, ContextType>;
}>;

export type GraphEdgeDataResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdgeData'] = ResolversParentTypes['GraphEdgeData']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Basis']>, ParentType, ContextType>;
}>;

export type SuccessionEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SuccessionEntry'] = ResolversParentTypes['SuccessionEntry']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['SuccessionKind'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  holding?: Resolver<Maybe<ResolversTypes['Holding']>, ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  certain?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['HistoryKind'], ParentType, ContextType>;
  on?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  onText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstAttested?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastAttested?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['Relation']>, ParentType, ContextType>;
  holding?: Resolver<Maybe<ResolversTypes['Holding']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type DataCheckReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataCheckReport'] = ResolversParentTypes['DataCheckReport']> = ResolversObject<{
  unitsChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Array<ResolversTypes['DataCheckCount']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['DataCheckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type DataCheckCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataCheckCount'] = ResolversParentTypes['DataCheckCount']> = ResolversObject<{
  code?: Resolver<ResolversTypes['DataCheckCode'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['DataCheckSeverity'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DataCheckEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataCheckEdge'] = ResolversParentTypes['DataCheckEdge']> = ResolversObject<{
  node?: Resolver<ResolversTypes['DataCheckFinding'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DataCheckFindingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataCheckFinding'] = ResolversParentTypes['DataCheckFinding']> = ResolversObject<{
  code?: Resolver<ResolversTypes['DataCheckCode'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['DataCheckSeverity'], ParentType, ContextType>;
  ids?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dateText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType>;
  fromParent?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  toParent?: Resolver<Maybe<ResolversTypes['Unit']>, ParentType, ContextType>;
  relations?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  holdings?: Resolver<Array<ResolversTypes['Holding']>, ParentType, ContextType>;
  alongside?: Resolver<Array<ResolversTypes['ChangeCount']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
}>;

export type ChangeCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeCount'] = ResolversParentTypes['ChangeCount']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeSummary'] = ResolversParentTypes['ChangeSummary']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<Array<ResolversTypes['ChangeSummary']>, ParentType, ContextType>;
}>;

export type ChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = ResolversObject<{
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationCreateUnitArgs, 'input' | 'change'>>;
  updateUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationUpdateUnitArgs, 'id' | 'input' | 'change'>>;
  moveUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationMoveUnitArgs, 'unitId' | 'newParentId' | 'change'>>;
  addRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationAddRelationArgs, 'input' | 'change'>>;
  endRelation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType, RequireFields<MutationEndRelationArgs, 'id' | 'change'>>;
  createPost?: Resolver<ResolversTypes['Post'], ParentType, ContextType, RequireFields<MutationCreatePostArgs, 'input' | 'change'>>;
  updatePost?: Resolver<ResolversTypes['Post'], ParentType, ContextType, RequireFields<MutationUpdatePostArgs, 'id' | 'input' | 'change'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input' | 'change'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'id' | 'input' | 'change'>>;
  appointPerson?: Resolver<ResolversTypes['Holding'], ParentType, ContextType, RequireFields<MutationAppointPersonArgs, 'personId' | 'postId' | 'change'>>;
  relievePerson?: Resolver<ResolversTypes['Holding'], ParentType, ContextType, RequireFields<MutationRelievePersonArgs, 'personId' | 'postId' | 'change'>>;
  dissolveUnit?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationDissolveUnitArgs, 'id' | 'change'>>;
  mergeUnits?: Resolver<ResolversTypes['Unit'], ParentType, ContextType, RequireFields<MutationMergeUnitsArgs, 'unitIds' | 'into' | 'change'>>;
  splitUnit?: Resolver<Array<ResolversTypes['Unit']>, ParentType, ContextType, RequireFields<MutationSplitUnitArgs, 'id' | 'into' | 'change'>>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['Citation'], ParentType, ContextType>;
  input?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = ResolversObject<{
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Date?: GraphQLScalarType;
  Query?: QueryResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  Unit?: UnitResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Holding?: HoldingResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  ChainPath?: ChainPathResolvers<ContextType>;
  ChainStep?: ChainStepResolvers<ContextType>;
  UnitPath?: UnitPathResolvers<ContextType>;
  UnitConnection?: UnitConnectionResolvers<ContextType>;
  UnitEdge?: UnitEdgeResolvers<ContextType>;
  SubordinateConnection?: SubordinateConnectionResolvers<ContextType>;
  SubordinateEdge?: SubordinateEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  GraphElements?: GraphElementsResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphNodeData?: GraphNodeDataResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphEdgeData?: GraphEdgeDataResolvers<ContextType>;
  SuccessionEntry?: SuccessionEntryResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  DataCheckReport?: DataCheckReportResolvers<ContextType>;
  DataCheckCount?: DataCheckCountResolvers<ContextType>;
  DataCheckEdge?: DataCheckEdgeResolvers<ContextType>;
  DataCheckFinding?: DataCheckFindingResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeCount?: ChangeCountResolvers<ContextType>;
  ChangeSummary?: ChangeSummaryResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
}>;

