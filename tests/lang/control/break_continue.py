# break/continue interaction with else and try/finally.
out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        out.append(i)
    finally:
        out.append('f%d' % i)
print(out)
out = []
i = 0
while True:
    i += 1
    try:
        if i < 3:
            continue
        break
    finally:
        out.append(i)
print(out)
def loop_with_return():
    for i in range(10):
        try:
            if i == 2:
                return i
        finally:
            print('finally', i)
print(loop_with_return())
for i in range(3):
    for j in range(3):
        if j > i:
            break
    else:
        print('inner else', i)
    continue
print('done')
