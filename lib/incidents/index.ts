// Report -> incident matching and merging. Pure: no I/O; the Redis store and the in-memory index call these.
export { addDays, candidateKeys, daysBetween, incidentKeys, MAX_INDEXED_DAYS, regionKey } from './keys';
export {
  contentSimilarity,
  dateRelation,
  MATCH_THRESHOLD,
  matchIncident,
  scoreMatch,
  typeRelation,
  type DateRelation,
  type MatchScore,
  type TypeRelation,
} from './match';
export {
  headlineFigure,
  MAX_LIST,
  MAX_SOURCES,
  MAX_STREAM_LIST,
  MAX_TOLL_HISTORY,
  mergeReport,
  newIncidentId,
  streamIncident,
} from './merge';
export { isOpenRunning, isRunningReport, RUNNING_IDLE_DAYS } from './running';
export { MemoryIncidentIndex, type IndexChange } from './memory';
export { distanceKm, NEAR_KM, placeRelation, type Place, type PlaceRelation } from './place';
