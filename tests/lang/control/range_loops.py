# Iterating ranges in all directions.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
print(list(range(-3, 3)), list(range(3, -3, -1)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, 0, -1):
    print('countdown', i)
r = range(0, 20, 5)
for idx in range(len(r)):
    print(idx, r[idx])
acc = []
for i in range(10 ** 12, 10 ** 12 + 3):
    acc.append(i)
print(acc)
print(sum(range(0, 1000000, 7)))
