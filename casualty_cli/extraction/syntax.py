"""The words of English syntax the token reader looks for (lexicon.toml ``[syntax]``), read once into
frozensets, and the few marks of a text that are punctuation, not words of a language. Shared by the
phrase readers (phrases.py) and the sentence reader (readers.py)."""

from __future__ import annotations

import re
from operator import itemgetter

from casualty_cli.extraction.lexicon import lexicon
from casualty_cli.extraction.numbers import VAGUE, WORD_VALUES

#: The lexicon's words of syntax ([syntax]), each a set read once at load
_SYNTAX = lexicon().syntax

#: A token's lower-cased text, as map() takes it
_LOW = itemgetter(1)
_BODY_WORDS = _SYNTAX["body_words"]
#: How many tokens a reader looks at, at most, on either side of its word.
_WINDOW = 14
#: How many items a list holds at most: the readers' windows stay bounded, so a sentence costs time in
#: proportion to its length.
_MAX_ITEMS = 20

_NUMBER_WORDS = frozenset([*WORD_VALUES, "hundred", "thousand", "million", "dozen"])
_SCALES = frozenset(["hundred", "thousand", "million", "dozen"])
_VAGUE_LAST = frozenset(v.split()[-1] for v in VAGUE)
_VAGUE_WORDS = frozenset(w for v in VAGUE for w in v.split())
# Words of syntax, all from the lexicon's [syntax] table (its comments say what each is for)
_QUALIFIER_WORDS = _SYNTAX["qualifier_words"]
_ONE = _SYNTAX["one"]
_DETERMINERS = _SYNTAX["determiners"]
_DEFINITE = _SYNTAX["definite"]
_POSSESSIVES = _SYNTAX["possessives"]
_POSSIBLE = _SYNTAX["possibility"]
_GAPPED_AT = _SYNTAX["gapped_at"]
_STOP = _SYNTAX["stop"]
_BARE_LEAD = _SYNTAX["bare_lead"]
_TIME_WORDS = _SYNTAX["time_words"]
_WEEKDAYS = _SYNTAX["weekdays"]
_CLAUSE_START = _SYNTAX["clause_start"]
_SPEECH_VERBS = _SYNTAX["speech_verbs"]
_TOLL_BEYOND = _SYNTAX["toll_beyond"]
_LEADER_PARTS = _SYNTAX["leader_parts"]
_NEGATED_QUALIFIERS = _SYNTAX["negated_qualifiers"]
_NEGATED_COMPARISONS = _SYNTAX["negated_comparisons"]
_WHEN_WORDS = _SYNTAX["when_words"]
MONTHS = _SYNTAX["months"]
_NOUN_MODIFIERS = _SYNTAX["noun_modifiers"]
_CAUSING = _SYNTAX["causing"]
_PLACE_NAME_ENDS = _SYNTAX["place_name_ends"]
_PLACE_WORDS = _SYNTAX["place_words"]
_ITEM_MODIFIERS = _SYNTAX["item_modifiers"]
_AMOUNTS = _SYNTAX["amounts"]
_NO = _SYNTAX["no"]
_ATTEMPTS = _SYNTAX["attempts"]
_ATTEMPTS_OR_PLANS = _ATTEMPTS | _SYNTAX["plans"]
_INCLUDING = _SYNTAX["including"]
_OF_THEM = _SYNTAX["of_them"]
_AGES_OF_SEVERAL = _SYNTAX["ages_of_several"]
_AGES = _AGES_OF_SEVERAL | _SYNTAX["age"]
_LIVES = _SYNTAX["lives"]
_RANKS = _SYNTAX["ranks"]
_RETALIATION = _SYNTAX["retaliation"]
_PLAIN_PEOPLE = _SYNTAX["plain_people"]
_ANY_PEOPLE = _SYNTAX["any_people"]
#: marks before an apposition that tells a count's people one by one: "two occupants, a man and his son"
_APPOSITION_MARKS = frozenset({",", "-", "–", "—", ":"})
_RANGE_JOINERS = _SYNTAX["range_joiners"]
_FIGURE_JOINERS = _RANGE_JOINERS | _SYNTAX["fraction_in_figure"]
_MORE_PEOPLE = _SYNTAX["more_people"]
_MORE_OR_OTHER = _MORE_PEOPLE | {"other"}
_ONE_PERSON_PRONOUNS = _SYNTAX["one_person_pronouns"]
_LIST_JOINERS = _SYNTAX["list_joiners"]
_CONJUNCTIONS = _SYNTAX["conjunctions"]
_LIST_OR_CONJUNCTION = _LIST_JOINERS | _CONJUNCTIONS
_INDEFINITE = _SYNTAX["indefinite"]
_ARTICLES = _SYNTAX["articles"]
_POSSESSIVE_S = _SYNTAX["possessive_s"]
_BEFORE_A_GROUP = _SYNTAX["before_a_group"] | _POSSESSIVE_S
_GROUP_DEFINITE = _SYNTAX["group_definite"]
_RELATIVES_OF_PEOPLE = _SYNTAX["relatives_of_people"]
_ING_PREPOSITIONS = _SYNTAX["ing_prepositions"]
_GENERIC_PEOPLE = _SYNTAX["generic_people"]
_NAME_JOINERS = _SYNTAX["name_joiners"]
_NAME_PREPOSITIONS = _SYNTAX["name_prepositions"]
_FIGURE_OPENERS = _SYNTAX["figure_openers"]
_AFTER_OBJECT = _SYNTAX["after_object"]
_REFLEXIVES = _SYNTAX["reflexives"]
_ONE_PERSON_OBJECTS = _SYNTAX["one_person_objects"]
_POSSESSIVES_OF_ONE = _SYNTAX["possessives_of_one"]
_POSSESSIVES_OF_PEOPLE = _SYNTAX["possessives_of_people"]
_AFTER_A_NAME = _SYNTAX["after_a_name"]
_NATIONALITY_ENDS = tuple(sorted(_SYNTAX["nationality_ends"]))
_TIME_PREPOSITIONS = _SYNTAX["time_prepositions"]
_BEFORE_A_DAY = _SYNTAX["before_a_day"]
_AFTER_OR_BEFORE = _SYNTAX["after_or_before"]
_BEFORE_A_SPAN = _SYNTAX["before_a_span"]
_HAVE = lexicon().have
_ORDINAL_PEOPLE = _SYNTAX["ordinal_people"]
_ONE_BODY = _INDEFINITE | _POSSESSIVES_OF_ONE | _POSSESSIVE_S
_DESCRIBING = _SYNTAX["describing"]
_AMONG = _SYNTAX["among"]
_INCLUDE = _SYNTAX["include"]
_PLURAL_BE = _SYNTAX["plural_be"]
_SINGULAR_BE = _SYNTAX["singular_be"]
_INCLUDE_OR_PLURAL = _INCLUDE | _PLURAL_BE
_INCLUDE_OR_BE = _INCLUDE_OR_PLURAL | _SINGULAR_BE
_FRONTED_PREPOSITIONS = _SYNTAX["fronted_prepositions"]
_AFTER_ONE_FATALLY = _SYNTAX["after_one_fatally"]
_TREATED_FOR = _SYNTAX["treated_for"]
_SURVIVED = _SYNTAX["survived"]
_SAME_SUBJECT = _SYNTAX["same_subject"]
_REMAIN = _SYNTAX["remain"]
_UNKNOWN_WHETHER = _SYNTAX["unknown_whether"]
_AS_MANY = _SYNTAX["as_many"]
_SINGULAR_AUX = _SINGULAR_BE | {"has"}
_PLURAL_AUX = _PLURAL_BE | {"have"}
_CLAUSE_RELATIVES = _SYNTAX["clause_relatives"]
_SUMMING_UP = _SYNTAX["summing_up"]
_APPOSITION_OPENERS = _SUMMING_UP | _ARTICLES | {"including"}
_AFTER_AN_EVENT = _SYNTAX["after_an_event"]
_NOUN_PREPOSITIONS = _SYNTAX["noun_prepositions"]
_DEAD = _SYNTAX["dead"]
_NUMBER_OF = _SYNTAX["number_of"]
_TOLL_PARTICLES = _SYNTAX["toll_particles"]
_BEFORE_LIVES = _SYNTAX["before_lives"]
_SELF = _REFLEXIVES | {"own"}
_APPOSITION_BREAKS = _SYNTAX["apposition_breaks"]
_OFFENCE_PREPOSITIONS = _SYNTAX["offence_prepositions"]
_ONLY_ONE = _SYNTAX["only_one"]
#: marks that end a list's item: "Trees down, lightning injury, roofs damaged."
_ITEM_ENDS = frozenset({",", ".", ";"})
#: Punctuation that ends a clause: marks of the text, not words, so kept here
_CLAUSE_END = frozenset(". ; : ! ? ( ) [ ] — –".split())
_DASHES = frozenset(["-", "–", "—"])
_SENTENCE_MARKS = frozenset(". ; : ! ? ( ) [ ]".split())
_ADDED = _SYNTAX["added"]
_ABBREVIATED = _SYNTAX["abbreviated_outcomes"]
_SIDES = _SYNTAX["sides"]
_FROM_EACH = _SYNTAX["from_each"]
_VERB_ROLES = frozenset(["past", "present", "gerund", "hospital"])
#: A US state's postal code after a town and a comma: "Madrid, NM".
_STATE_CODE = re.compile(r"[A-Z]{2}")


# -- noun phrases -------------------------------------------------------------------------------


_NAME_PARTICLES = _SYNTAX["name_particles"]
_NAME_WORDS = _SYNTAX["name_words"]
_RESULT_VERBS = _SYNTAX["result_verbs"]


#: The longest aside in parentheses skipped inside a counted noun phrase, in tokens.
_ASIDE = 12


_BARE_FOLLOWERS = _SYNTAX["bare_followers"]
_IRREGULAR_PARTICIPLES = _SYNTAX["irregular_participles"]
#: Quotation marks around a word ('a suspected "terrorist"').
_QUOTES = frozenset(['"', "“", "”", "'", "‘", "’"])
_ALLEGED = _SYNTAX["alleged"]
