# Deeply nested blocks and dedent handling.
def classify(n):
    if n > 0:
        if n > 10:
            if n > 100:
                return 'huge'
            else:
                return 'big'
        elif n > 5:
            return 'medium'
        else:
            for i in range(n):
                if i == 3:
                    return 'small-with-3'
            return 'small'
    else:
        while True:
            if n == 0:
                return 'zero'
            else:
                return 'negative'
for n in (0, -4, 2, 4, 7, 50, 500):
    print(n, classify(n))
total = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if (a + b + c) % 2:
                continue
            total += a * 100 + b * 10 + c
print(total)
if True:
    if True:
        x = 'inner'
    y = 'middle'
z = 'outer'
print(x, y, z)
