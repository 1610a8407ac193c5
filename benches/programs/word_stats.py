# Word statistics over a generated text: build words from syllables with an
# LCG, then count words and bigrams in dicts, find top-k with sorted(key=...),
# and do str work (split, join, lower/upper, replace, startswith, slicing).

WORDS = 150000
TOP = 10

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el", "or", "qu", "ve", "zo"]
PUNCT = [",", ".", "", "", "", "", ";", "!", "?", ""]


def make_text(n):
    state = 12345
    parts = []
    for i in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        r = state >> 33
        length = 1 + r % 3 + (r >> 7) % 2 * (r >> 9) % 2
        word = "".join(SYLLABLES[(r >> (4 * k + 11)) % len(SYLLABLES)] for k in range(length))
        if (r >> 3) % 11 == 0:
            word = word.capitalize()
        parts.append(word + PUNCT[(r >> 21) % len(PUNCT)])
        if (r >> 25) % 13 == 0:
            parts.append("\n")
    return " ".join(parts)


def normalize(token):
    return token.strip(",.;!?").lower()


def statistics(text):
    counts = {}
    bigrams = {}
    lengths = {}
    prev = None
    lines = text.split("\n")
    for line in lines:
        for token in line.split():
            word = normalize(token)
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            n = len(word)
            lengths[n] = lengths.get(n, 0) + 1
            if prev is not None:
                key = prev + " " + word
                bigrams[key] = bigrams.get(key, 0) + 1
            prev = word
    return counts, bigrams, lengths, len(lines)


def top_k(table, k):
    return sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


text = make_text(WORDS)
counts, bigrams, lengths, nlines = statistics(text)
print("chars", len(text), "lines", nlines, "distinct", len(counts), "bigrams", len(bigrams))
for word, n in top_k(counts, TOP):
    print(f"  {word:<12} {n}")
for pair, n in top_k(bigrams, 3):
    print(f"  {pair.upper():<20} {n}")
print("lengths", sorted(lengths.items()))
prefixes = {}
for word in counts:
    prefixes.setdefault(word[:2], []).append(word)
widest = max(sorted(prefixes), key=lambda p: len(prefixes[p]))
print("widest prefix", widest, len(prefixes[widest]))
vowels = sum(text.count(v) for v in "aeiou")
replaced = text.replace("shi", "si").replace("qu", "k")
print("vowels", vowels, "replaced length", len(replaced))
checksum = 0
for word in sorted(counts):
    checksum = (checksum * 131 + counts[word] * len(word)) % 1000000007
print("checksum", checksum)
