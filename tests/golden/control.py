def search(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return i


def spin(n):
    while True:
        n -= 1
        if n < 0:
            break
        elif n % 2:
            continue
        print(n)
    while n:
        n //= 2
    else:
        print("done")
