"""Why an article gave no visit: the test of extraction that found none.

The library names the test; the output layer words it for the reader (`output.screens`), so a
user who imports a folder sees why each article was left without a record.
"""

from __future__ import annotations

from enum import Enum


class NoVisit(str, Enum):
    NO_TRIP_WORDS = "no-trip-words"  # no words of a trip to a host
    NO_STUDY_PURPOSE = "no-study-purpose"  # no programme, and no purpose of learning from the host
    TRIPS_TALKED_OF = "trips-talked-of"  # trips planned off, refused or discussed, none reported
    CEREMONY = "ceremony"  # an opening, closing or graduation with no trip told
    COURSE = "course"  # the group travels to attend a course, not to learn from a host
    EXPLAINER = "explainer"  # what an activity is, not a report of one
    NO_HOST = "no-host"  # no place visited is named
    NO_TRAVELLERS = "no-travellers"  # no group, sender or head count of people who went
    STUDENTS = "students"  # pupils' or students' trips
    TALLY = "tally"  # a host counting the groups of a period
    HABIT = "habit"  # trips told as what people usually do
    AT_HOME = "at-home"  # the group stays in its own region
    NOT_ASSEMBLED = "not-assembled"  # the parts of a visit were found but none could be put together
    OTHER_LANGUAGE = "other-language"  # written in another language than Indonesian (a translated page)
