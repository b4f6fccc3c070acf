"""The words of English syntax the token reader looks for (lexicon.toml ``[syntax]``), read once into
frozensets, and the few marks of a text that are punctuation, not words of a language. Shared by the
phrase readers (phrases.py) and the sentence reader (readers.py)."""

from __future__ import annotations

import re
from operator import attrgetter

from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.extraction.numbers import VAGUE, WORD_VALUES

#: The lexicon's words of syntax ([syntax]), each a set read once at load
_SYNTAX = lexicon().syntax

#: A token's lower-cased text, as map() takes it
LOW = attrgetter("low")
BODY_WORDS = _SYNTAX["body_words"]
NONE_SURVIVED = _SYNTAX["none_survived"]
TOLL_LATER = _SYNTAX["toll_later"]
NONE_OF = _SYNTAX["none_of"]
SURVIVORS_AMONG = _SYNTAX["survivors_among"]
#: How many tokens a reader looks at, at most, on either side of its word.
WINDOW = 14
#: How many items a list holds at most: the readers' windows stay bounded, so a sentence costs time in
#: proportion to its length.
MAX_ITEMS = 20

NUMBER_WORDS = frozenset([*WORD_VALUES, "hundred", "thousand", "million", "dozen"])
SCALES = frozenset(["hundred", "thousand", "million", "dozen"])
VAGUE_LAST = frozenset(v.split()[-1] for v in VAGUE)
VAGUE_WORDS = frozenset(w for v in VAGUE for w in v.split())
# Words of syntax, all from the lexicon's [syntax] table (its comments say what each is for)
QUALIFIER_WORDS = _SYNTAX["qualifier_words"]
ONE = _SYNTAX["one"]
DETERMINERS = _SYNTAX["determiners"]
DEFINITE = _SYNTAX["definite"]
POSSESSIVES = _SYNTAX["possessives"]
POSSIBLE = _SYNTAX["possibility"]
GAPPED_AT = _SYNTAX["gapped_at"]
STOP = _SYNTAX["stop"]
BARE_LEAD = _SYNTAX["bare_lead"]
TIME_WORDS = _SYNTAX["time_words"]
WEEKDAYS = _SYNTAX["weekdays"]
CLAUSE_START = _SYNTAX["clause_start"]
SPEECH_VERBS = _SYNTAX["speech_verbs"]
TOLL_BEYOND = _SYNTAX["toll_beyond"]
TOLL_BEYOND_PARTICLES = _SYNTAX["toll_beyond_particles"]
TOLL_FORECASTS = _SYNTAX["toll_forecasts"]
TOLL_PERFECT = _SYNTAX["toll_perfect"]
LEADER_PARTS = _SYNTAX["leader_parts"]
NEGATED_QUALIFIERS = _SYNTAX["negated_qualifiers"]
NEGATED_COMPARISONS = _SYNTAX["negated_comparisons"]
WHEN_WORDS = _SYNTAX["when_words"]
MONTHS = _SYNTAX["months"]
NOUN_MODIFIERS = _SYNTAX["noun_modifiers"]
CAUSING = _SYNTAX["causing"]
PLACE_NAME_ENDS = _SYNTAX["place_name_ends"]
PLACE_WORDS = _SYNTAX["place_words"]
NAME_PLACE_WORDS = _SYNTAX["name_place_words"]
ITEM_MODIFIERS = _SYNTAX["item_modifiers"]
AMOUNTS = _SYNTAX["amounts"]
NO = _SYNTAX["no"]
ATTEMPTS = _SYNTAX["attempts"]
ATTEMPTS_OR_PLANS = ATTEMPTS | _SYNTAX["plans"]
INCLUDING = _SYNTAX["including"]
OF_THEM = _SYNTAX["of_them"]
AGES_OF_SEVERAL = _SYNTAX["ages_of_several"]
AGES = AGES_OF_SEVERAL | _SYNTAX["age"]
LIVES = _SYNTAX["lives"]
RANKS = _SYNTAX["ranks"]
RETALIATION = _SYNTAX["retaliation"]
PLAIN_PEOPLE = _SYNTAX["plain_people"]
ANY_PEOPLE = _SYNTAX["any_people"]
CIVILIAN_PEOPLE = _SYNTAX["civilian_people"]
PLAIN_KINDS = PLAIN_PEOPLE | _SYNTAX["plain_plurals"]
#: marks before an apposition that tells a count's people one by one: "two occupants, a man and his son"
APPOSITION_MARKS = frozenset({",", "-", "–", "—", ":"})
RANGE_JOINERS = _SYNTAX["range_joiners"]
FIGURE_JOINERS = RANGE_JOINERS | _SYNTAX["fraction_in_figure"]
MORE_PEOPLE = _SYNTAX["more_people"]
MORE_OR_OTHER = MORE_PEOPLE | {"other"}
ONE_PERSON_PRONOUNS = _SYNTAX["one_person_pronouns"]
LIST_JOINERS = _SYNTAX["list_joiners"]
CONJUNCTIONS = _SYNTAX["conjunctions"]
LIST_OR_CONJUNCTION = LIST_JOINERS | CONJUNCTIONS
INDEFINITE = _SYNTAX["indefinite"]
ARTICLES = _SYNTAX["articles"]
POSSESSIVE_S = _SYNTAX["possessive_s"]
BEFORE_A_GROUP = _SYNTAX["before_a_group"] | POSSESSIVE_S
GROUP_DEFINITE = _SYNTAX["group_definite"]
RELATIVES_OF_PEOPLE = _SYNTAX["relatives_of_people"]
ING_PREPOSITIONS = _SYNTAX["ing_prepositions"]
SPEECH_GERUNDS = _SYNTAX["speech_gerunds"]
CARRY_VERBS = frozenset(_SYNTAX["carry_verbs"])
ZONES = _SYNTAX["clock_words"]
CLAIM_TO = _SYNTAX["claim_to"]
GENERIC_PEOPLE = _SYNTAX["generic_people"]
NAME_JOINERS = _SYNTAX["name_joiners"]
NAME_PREPOSITIONS = _SYNTAX["name_prepositions"]
FIGURE_OPENERS = _SYNTAX["figure_openers"]
AFTER_OBJECT = _SYNTAX["after_object"]
REFLEXIVES = _SYNTAX["reflexives"]
ONE_PERSON_OBJECTS = _SYNTAX["one_person_objects"]
AFTER_ONE_PERSON_OBJECT = _SYNTAX["after_one_person_object"]
REGION_NOUNS = _SYNTAX["region_nouns"]
POSSESSIVES_OF_ONE = _SYNTAX["possessives_of_one"]
POSSESSIVES_OF_PEOPLE = _SYNTAX["possessives_of_people"]
AFTER_A_NAME = _SYNTAX["after_a_name"]
NATIONALITY_ENDS = tuple(sorted(_SYNTAX["nationality_ends"]))
TIME_PREPOSITIONS = _SYNTAX["time_prepositions"]
BEFORE_A_DAY = _SYNTAX["before_a_day"]
AFTER_OR_BEFORE = _SYNTAX["after_or_before"]
BEFORE_A_SPAN = _SYNTAX["before_a_span"]
HAVE = lexicon().have
ORDINAL_PEOPLE = _SYNTAX["ordinal_people"]
ONE_BODY = ONE | POSSESSIVES_OF_ONE | POSSESSIVE_S  # ("one body was recovered", "another body")
DESCRIBING = _SYNTAX["describing"]
AMONG = _SYNTAX["among"]
_INCLUDE = _SYNTAX["include"]
_PLURAL_BE = _SYNTAX["plural_be"]
_SINGULAR_BE = _SYNTAX["singular_be"]
INCLUDE_OR_PLURAL = _INCLUDE | _PLURAL_BE
INCLUDE_OR_BE = INCLUDE_OR_PLURAL | _SINGULAR_BE
FRONTED_PREPOSITIONS = _SYNTAX["fronted_prepositions"]
AFTER_ONE_FATALLY = _SYNTAX["after_one_fatally"]
TREATED_FOR = _SYNTAX["treated_for"]
SURVIVAL_WORDS = _SYNTAX["survived"]
SURVIVAL_BREAKS = _SYNTAX["survival_breaks"]
SAME_SUBJECT = _SYNTAX["same_subject"]
REMAIN = _SYNTAX["remain"]
UNKNOWN_WHETHER = _SYNTAX["unknown_whether"]
AS_MANY = _SYNTAX["as_many"]
SINGULAR_AUX = _SINGULAR_BE | {"has"}
PLURAL_AUX = _PLURAL_BE | {"have"}
CLAUSE_RELATIVES = _SYNTAX["clause_relatives"]
SUMMING_UP = _SYNTAX["summing_up"]
APPOSITION_OPENERS = SUMMING_UP | ARTICLES | {"including"}
AFTER_AN_EVENT = _SYNTAX["after_an_event"]
NOUN_PREPOSITIONS = _SYNTAX["noun_prepositions"]
DEAD = _SYNTAX["dead"]
NUMBER_OF = _SYNTAX["number_of"]
TOLL_PARTICLES = _SYNTAX["toll_particles"]
BEFORE_LIVES = _SYNTAX["before_lives"]
SELF_WORDS = REFLEXIVES | {"own"}
APPOSITION_BREAKS = _SYNTAX["apposition_breaks"]
OFFENCE_PREPOSITIONS = _SYNTAX["offence_prepositions"]
ONLY_ONE = _SYNTAX["only_one"]
#: marks that end a list's item: "Trees down, lightning injury, roofs damaged."
ITEM_ENDS = frozenset({",", ".", ";"})
#: Punctuation that ends a clause: marks of the text, not words, so kept here
CLAUSE_END = frozenset(". ; : ! ? ( ) [ ] — –".split())
DASHES = frozenset(["-", "–", "—"])
SENTENCE_MARKS = frozenset(". ; : ! ? ( ) [ ]".split())
ADDED = _SYNTAX["added"]
ABBREVIATED = _SYNTAX["abbreviated_outcomes"]
SIDES = _SYNTAX["sides"]
FROM_EACH = _SYNTAX["from_each"]
VERB_ROLES = frozenset(["past", "present", "gerund", "hospital"])
#: A US state's postal code after a town and a comma: "Madrid, NM".
STATE_CODE = re.compile(r"[A-Z]{2}")


# -- noun phrases -------------------------------------------------------------------------------


NAME_PARTICLES = _SYNTAX["name_particles"]
NAME_WORDS = _SYNTAX["name_words"]
RESULT_VERBS = _SYNTAX["result_verbs"]


#: The longest aside in parentheses skipped inside a counted noun phrase, in tokens.
ASIDE = 12


BARE_FOLLOWERS = _SYNTAX["bare_followers"]
IRREGULAR_PARTICIPLES = _SYNTAX["irregular_participles"]
#: Quotation marks around a word ('a suspected "terrorist"').
QUOTES = frozenset(['"', "“", "”", "'", "‘", "’"])
ALLEGED = _SYNTAX["alleged"]
NAMING = _SYNTAX["naming"]
