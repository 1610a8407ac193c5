from itertools import permutations, combinations, combinations_with_replacement, product

for n in range(5):
    for r in range(n + 2):
        print(n, r, list(permutations(range(n), r)))
        print(n, r, list(combinations("abcde"[:n], r)))
        print(n, r, list(combinations_with_replacement(range(n), r)))
print(list(product("ab", range(3), [None])))
print(sum(1 for _ in permutations(range(7))), sum(1 for _ in combinations(range(12), 5)))
print(list(permutations("aab", 2)))
print(list(combinations_with_replacement("ab", 3)))
