"""The words of English syntax the token reader looks for (lexicon.toml ``[syntax]``), read once into
frozensets, and the few marks of a text that are punctuation, not words of a language. Shared by the
phrase readers (phrases.py) and the sentence reader (readers.py)."""

from __future__ import annotations

import re
from typing import Final

from casualty_cli.extraction.lexicon import lexicon, lexicon_data
from casualty_cli.extraction.numbers import INDIAN_SCALES, VAGUE, WORD_VALUES

#: The lexicon's words of syntax ([syntax]), each a set read once at load
_SYNTAX: Final = lexicon().syntax

BODY_WORDS: Final = _SYNTAX["body_words"]
SURVIVED_VERBS: Final = _SYNTAX["survived_verbs"]
SURVIVORS: Final = _SYNTAX["survivors"]
#: the words that say a whole group died, one of which a sentence holds to be read for it
NONE_SURVIVED: Final = SURVIVED_VERBS | SURVIVORS
TOLL_LATER: Final = _SYNTAX["toll_later"]
TOLD_AGAIN_TOLLS: Final = _SYNTAX["told_again_tolls"]
FIGURE_OF_NOUNS: Final = _SYNTAX["figure_of_nouns"]
TOLD_AGAIN_OPENERS: Final = _SYNTAX["told_again_openers"]
TOLD_AGAIN_OBJECTS: Final = _SYNTAX["told_again_objects"]
TOLL_REVISIONS: Final = _SYNTAX["toll_revisions"]
TOLL_FIGURE_OPENERS: Final = _SYNTAX["toll_figure_openers"]
BROUGHT_TOTALS: Final = _SYNTAX["brought_totals"]
TOTAL_MODIFIERS: Final = _SYNTAX["total_modifiers"]
TOTAL_COUNTS: Final = _SYNTAX["total_counts"]
NONE_OF: Final = _SYNTAX["none_of"]
SURVIVORS_AMONG: Final = _SYNTAX["survivors_among"]
#: Words that open a clause of a total after a figure ("..., bringing the total to 96"; [cumulative]).
TOTAL_CLAUSES: Final = frozenset(lexicon_data()["cumulative"]["total_clauses"])
#: How many tokens a reader looks at, at most, on either side of its word.
WINDOW: Final = 14
#: How many items a list holds at most: the readers' windows stay bounded, so a sentence costs time in
#: proportion to its length.
MAX_ITEMS: Final = 20

NUMBER_WORDS: Final = frozenset([*WORD_VALUES, "hundred", "thousand", "million", "dozen", *INDIAN_SCALES])
SCALES: Final = frozenset(["hundred", "thousand", "million", "dozen", *INDIAN_SCALES])
VAGUE_LAST: Final = frozenset(v.split()[-1] for v in VAGUE)
VAGUE_WORDS: Final = frozenset(w for v in VAGUE for w in v.split())
# Words of syntax, all from the lexicon's [syntax] table (its comments say what each is for)
QUALIFIER_WORDS: Final = _SYNTAX["qualifier_words"]
ONE: Final = _SYNTAX["one"]
DETERMINERS: Final = _SYNTAX["determiners"]
DEFINITE: Final = _SYNTAX["definite"]
DEED_COMPOUNDS: Final = _SYNTAX["deed_compounds"]
POSSESSIVES: Final = _SYNTAX["possessives"]
POSSIBLE: Final = _SYNTAX["possibility"]
FINITE_AUX: Final = _SYNTAX["finite_aux"]
ALIVE: Final = _SYNTAX["alive"]
FOR_CARE: Final = _SYNTAX["for_care"]
RESCUED_WITH: Final = _SYNTAX["rescued_with"]
CONFIRMED_PART: Final = _SYNTAX["confirmed_part"]
CONFIRMED_ONLY: Final = _SYNTAX["confirmed_only"]
FORECASTS_BEFORE_TOLL: Final = _SYNTAX["forecasts_before_toll"]
GAPPED_AT: Final = _SYNTAX["gapped_at"]
ITEM_JOINERS: Final = _SYNTAX["item_joiners"]
#: [syntax] died_at_once, each phrase's words
DIED_AT_ONCE: Final = tuple(tuple(w.split()) for w in sorted(_SYNTAX["died_at_once"]))
STOP: Final = _SYNTAX["stop"]
BARE_LEAD: Final = _SYNTAX["bare_lead"]
TIME_WORDS: Final = _SYNTAX["time_words"]
WEEKDAYS: Final = _SYNTAX["weekdays"]
#: The last words of a phrase of time opening a sentence before its comma ([syntax] fronted_time_ends,
#: time_words, weekdays)
FRONTED_TIME_ENDS: Final = _SYNTAX["fronted_time_ends"] | TIME_WORDS | WEEKDAYS
CLAUSE_START: Final = _SYNTAX["clause_start"]
SPEECH_VERBS: Final = _SYNTAX["speech_verbs"]
TOLL_BEYOND: Final = _SYNTAX["toll_beyond"]
STILL_IN_CARE: Final = _SYNTAX["still_in_care"]
STILL_IN_CARE_ADVERBS: Final = _SYNTAX["still_in_care_adverbs"]
TOLL_BEYOND_PARTICLES: Final = _SYNTAX["toll_beyond_particles"]
TOLL_FORECASTS: Final = _SYNTAX["toll_forecasts"]
TOLL_PERFECT: Final = _SYNTAX["toll_perfect"]
LEADER_PARTS: Final = _SYNTAX["leader_parts"]
LATER_IN_LIST: Final = _SYNTAX["later_in_list"]
MEASURES: Final = _SYNTAX["measures"]
NEGATED_QUALIFIERS: Final = _SYNTAX["negated_qualifiers"]
NEGATED_COMPARISONS: Final = _SYNTAX["negated_comparisons"]
WHEN_WORDS: Final = _SYNTAX["when_words"]
MONTHS: Final = _SYNTAX["months"]
NOUN_MODIFIERS: Final = _SYNTAX["noun_modifiers"]
CAUSING: Final = _SYNTAX["causing"]
PLACE_NAME_ENDS: Final = _SYNTAX["place_name_ends"]
PLACE_WORDS: Final = _SYNTAX["place_words"]
NAME_PLACE_WORDS: Final = _SYNTAX["name_place_words"]
ITEM_MODIFIERS: Final = _SYNTAX["item_modifiers"]
AMOUNTS: Final = _SYNTAX["amounts"]
NO: Final = _SYNTAX["no"]
ATTEMPTS: Final = _SYNTAX["attempts"]
ATTEMPTS_OR_PLANS: Final = ATTEMPTS | _SYNTAX["plans"]
AIMS: Final = _SYNTAX["aims"]
AIM_PREPOSITIONS: Final = _SYNTAX["aim_prepositions"]
FOUND_AGAIN: Final = _SYNTAX["found_again"]
FOUND_SAFE: Final = _SYNTAX["found_safe"]
INCLUDING: Final = _SYNTAX["including"]
OF_THEM: Final = _SYNTAX["of_them"]
AGES_OF_SEVERAL: Final = _SYNTAX["ages_of_several"]
AGES: Final = AGES_OF_SEVERAL | _SYNTAX["age"]
LIVES: Final = _SYNTAX["lives"]
RANKS: Final = _SYNTAX["ranks"]
RETALIATION: Final = _SYNTAX["retaliation"]
PLAIN_PEOPLE: Final = _SYNTAX["plain_people"]
ANY_PEOPLE: Final = _SYNTAX["any_people"]
CIVILIAN_PEOPLE: Final = _SYNTAX["civilian_people"]
PLAIN_KINDS: Final = PLAIN_PEOPLE | _SYNTAX["plain_plurals"]
#: marks before an apposition that tells a count's people one by one: "two occupants, a man and his son"
APPOSITION_MARKS: Final = frozenset({",", "-", "–", "—", ":"})
RANGE_JOINERS: Final = _SYNTAX["range_joiners"]
FIGURE_JOINERS: Final = RANGE_JOINERS | _SYNTAX["fraction_in_figure"]
MORE_PEOPLE: Final = _SYNTAX["more_people"]
MORE_OR_OTHER: Final = MORE_PEOPLE | {"other"}
ONE_PERSON_PRONOUNS: Final = _SYNTAX["one_person_pronouns"]
LIST_JOINERS: Final = _SYNTAX["list_joiners"]
CONJUNCTIONS: Final = _SYNTAX["conjunctions"]
LIST_OR_CONJUNCTION: Final = LIST_JOINERS | CONJUNCTIONS
INDEFINITE: Final = _SYNTAX["indefinite"]
ARTICLES: Final = _SYNTAX["articles"]
POSSESSIVE_S: Final = _SYNTAX["possessive_s"]
BEFORE_A_GROUP: Final = _SYNTAX["before_a_group"] | POSSESSIVE_S
GROUP_DEFINITE: Final = _SYNTAX["group_definite"]
ONE_OF_A_GROUP: Final = _SYNTAX["one_of_a_group"]
RELATIVES_OF_PEOPLE: Final = _SYNTAX["relatives_of_people"]
ING_PREPOSITIONS: Final = _SYNTAX["ing_prepositions"]
SPEECH_GERUNDS: Final = _SYNTAX["speech_gerunds"]
CARRY_VERBS: Final = frozenset(_SYNTAX["carry_verbs"])
ZONES: Final = _SYNTAX["clock_words"]
CLAIM_TO: Final = _SYNTAX["claim_to"]
#: [syntax] gerund_prepositions_to, each phrase's two words before its "to"
GERUND_PREPOSITIONS_TO: Final = frozenset(tuple(w.split()[:2]) for w in _SYNTAX["gerund_prepositions_to"])
CAUSATIVES: Final = _SYNTAX["causatives"]
REPORTED_TO: Final = _SYNTAX["reported_to"]
GENERIC_PEOPLE: Final = _SYNTAX["generic_people"]
NAME_JOINERS: Final = _SYNTAX["name_joiners"]
NAME_PREPOSITIONS: Final = _SYNTAX["name_prepositions"]
FIGURE_OPENERS: Final = _SYNTAX["figure_openers"]
ARTICLE_FIGURE_OPENERS: Final = _SYNTAX["article_figure_openers"]
AFTER_OBJECT: Final = _SYNTAX["after_object"]
REFLEXIVES: Final = _SYNTAX["reflexives"]
ONE_PERSON_OBJECTS: Final = _SYNTAX["one_person_objects"]
AFTER_ONE_PERSON_OBJECT: Final = _SYNTAX["after_one_person_object"]
REGION_NOUNS: Final = _SYNTAX["region_nouns"]
POSSESSIVES_OF_ONE: Final = _SYNTAX["possessives_of_one"]
POSSESSIVES_OF_PEOPLE: Final = _SYNTAX["possessives_of_people"]
AFTER_A_NAME: Final = _SYNTAX["after_a_name"]
NATIONALITY_ENDS: Final = tuple(sorted(_SYNTAX["nationality_ends"]))
TIME_PREPOSITIONS: Final = _SYNTAX["time_prepositions"]
BEFORE_A_DAY: Final = _SYNTAX["before_a_day"]
AFTER_OR_BEFORE: Final = _SYNTAX["after_or_before"]
#: times of the past that, in a clause of "after" after a comma, make its counts a recalled event's
RECALLED_TIMES: Final = tuple(tuple(w.split()) for w in _SYNTAX["recalled_times"])
BEFORE_A_SPAN: Final = _SYNTAX["before_a_span"]
HAVE: Final = lexicon().have
ORDINAL_PEOPLE: Final = _SYNTAX["ordinal_people"]
ONE_BODY: Final = ONE | POSSESSIVES_OF_ONE | POSSESSIVE_S  # ("one body was recovered", "another body")
DESCRIBING: Final = _SYNTAX["describing"]
AMONG: Final = _SYNTAX["among"]
_INCLUDE: Final = _SYNTAX["include"]
_PLURAL_BE: Final = _SYNTAX["plural_be"]
_SINGULAR_BE: Final = _SYNTAX["singular_be"]
INCLUDE_OR_PLURAL: Final = _INCLUDE | _PLURAL_BE
INCLUDE_OR_BE: Final = INCLUDE_OR_PLURAL | _SINGULAR_BE
FRONTED_PREPOSITIONS: Final = _SYNTAX["fronted_prepositions"]
AFTER_ONE_FATALLY: Final = _SYNTAX["after_one_fatally"]
TREATED_FOR: Final = _SYNTAX["treated_for"]
SURVIVAL_WORDS: Final = _SYNTAX["survived"]
SURVIVAL_BREAKS: Final = _SYNTAX["survival_breaks"]
SAME_SUBJECT: Final = _SYNTAX["same_subject"]
REMAIN: Final = _SYNTAX["remain"]
IN_HOSPITAL: Final = _SYNTAX["in_hospital"]
KEPT_IN_CARE: Final = frozenset(_SYNTAX["kept_in_care"])
UNKNOWN_WHETHER: Final = _SYNTAX["unknown_whether"]
AS_MANY: Final = _SYNTAX["as_many"]
SINGULAR_AUX: Final = _SINGULAR_BE | {"has"}
PLURAL_AUX: Final = _PLURAL_BE | {"have"}
CLAUSE_RELATIVES: Final = _SYNTAX["clause_relatives"]
SUMMING_UP: Final = _SYNTAX["summing_up"]
APPOSITION_OPENERS: Final = SUMMING_UP | ARTICLES | {"including"}
AFTER_AN_EVENT: Final = _SYNTAX["after_an_event"]
NOUN_PREPOSITIONS: Final = _SYNTAX["noun_prepositions"]
POST_ADJECTIVES: Final = _SYNTAX["post_adjectives"]
DEAD: Final = _SYNTAX["dead"]
DEAD_STATES: Final = _SYNTAX["dead_states"]
ADJECTIVES_ONLY: Final = _SYNTAX["adjectives_only"]
NUMBER_OF: Final = _SYNTAX["number_of"]
TOLL_PARTICLES: Final = _SYNTAX["toll_particles"]
TOLL_RANGES: Final = _SYNTAX["toll_ranges"]
BEFORE_LIVES: Final = _SYNTAX["before_lives"]
SELF_WORDS: Final = REFLEXIVES | {"own"}
APPOSITION_BREAKS: Final = _SYNTAX["apposition_breaks"]
OFFENCE_PREPOSITIONS: Final = _SYNTAX["offence_prepositions"]
ONLY_ONE: Final = _SYNTAX["only_one"]
INJURY_FIELDS: Final = _SYNTAX["injury_fields"]
PROVISIONS: Final = _SYNTAX["provisions"]
PROVISION_ENDS: Final = _SYNTAX["provision_ends"]
#: marks that end a list's item: "Trees down, lightning injury, roofs damaged."
ITEM_ENDS: Final = frozenset({",", ".", ";"})
#: Punctuation that ends a clause: marks of the text, not words, so kept here
CLAUSE_END: Final = frozenset(". ; : ! ? ( ) [ ] — –".split())
DASHES: Final = frozenset(["-", "–", "—"])
SENTENCE_MARKS: Final = frozenset(". ; : ! ? ( ) [ ]".split())
ADDED: Final = _SYNTAX["added"]
ABBREVIATED: Final = _SYNTAX["abbreviated_outcomes"]
SIDES: Final = _SYNTAX["sides"]
FROM_EACH: Final = _SYNTAX["from_each"]
VERB_ROLES: Final = frozenset(["past", "present", "gerund", "hospital"])
#: A US state's postal code after a town and a comma: "Madrid, NM".
STATE_CODE: Final = re.compile(r"[A-Z]{2}")


# -- noun phrases -------------------------------------------------------------------------------


NAME_PARTICLES: Final = _SYNTAX["name_particles"]
NAME_PARTICLES_APART: Final = frozenset(_SYNTAX["name_particles_apart"])
NAME_WORDS: Final = _SYNTAX["name_words"]
RESULT_VERBS: Final = _SYNTAX["result_verbs"]


#: The longest aside in parentheses skipped inside a counted noun phrase, in tokens.
ASIDE: Final = 12


BARE_FOLLOWERS: Final = _SYNTAX["bare_followers"]
IRREGULAR_PARTICIPLES: Final = _SYNTAX["irregular_participles"]
#: Quotation marks around a word ('a suspected "terrorist"').
QUOTES: Final = frozenset(['"', "“", "”", "'", "‘", "’"])
ALLEGED: Final = _SYNTAX["alleged"]
NAMING: Final = _SYNTAX["naming"]
