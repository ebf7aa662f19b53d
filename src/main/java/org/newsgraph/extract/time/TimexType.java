package org.newsgraph.extract.time;

/** The TIMEX3 types: a calendar date or period, a time of day, an amount of time, a recurrence. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
