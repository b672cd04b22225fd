"""How much work one query may ask for, so that every search answers within a second whatever is
typed, and no request can hold a server's workers. The help page (/search/help/) and docs/search.md
state these limits; a search that meets one says so on its page.
"""

# Characters of a query; the rest is cut off.
MAX_QUERY_CHARACTERS = 2_000
# Words of a query (a phrase's words count, operators do not); later words are left out.
MAX_QUERY_WORDS = 50
# Prefix searches (word*) in one query; later stars are dropped and those words searched as words.
MAX_PREFIXES = 10
# Archive words one prefix stands for, in alphabetical order (like Lucene's clause limit: "a*"
# must not become a query of every word), and all the prefixes of one query together: each of
# several prefixes gets an equal share.
MAX_PREFIX_WORDS = 1_024
MAX_EXPANDED_WORDS = 2_048
# A spelling suggestion compares a word with every archive word sharing its first letter, at a cost
# growing with its length: longer words, and words past the first few unknown ones, are not corrected.
MAX_SUGGESTION_WORD_LENGTH = 30
MAX_CORRECTED_WORDS = 5
