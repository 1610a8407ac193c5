# while loops with else, break, continue.
i = 0
while i < 5:
    i += 1
else:
    print('while finished normally', i)
i = 0
while i < 5:
    if i == 2:
        break
    i += 1
else:
    print('not printed')
print('broke at', i)
i = 0
out = []
while i < 10:
    i += 1
    if i % 3:
        continue
    out.append(i)
else:
    out.append('else')
print(out)
while False:
    print('never')
else:
    print('else on never-entered loop')
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
data = [3, 1, 4]
while data:
    print('pop', data.pop())
count = 0
while True:
    count += 1
    if count >= 4:
        break
print('count', count)
