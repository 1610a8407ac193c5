# Exceptions inside loops, handler control flow, accumulate errors.
results = []
for item in ['1', 'x', '3', '', '5.5', '7']:
    try:
        results.append(int(item))
    except ValueError as e:
        results.append('bad:' + repr(item))
        continue
    finally:
        results.append('|')
print(results)
i = 0
while True:
    try:
        i += 1
        if i == 3:
            raise StopIteration('manual')
    except StopIteration as e:
        print('stop at', i, e)
        break
errors = {}
for key in ['a', 'b', 'c']:
    try:
        {'a': 1}[key]
    except KeyError as e:
        errors[key] = e.args[0]
print(errors)
def first_int(items):
    for it in items:
        try:
            return int(it)
        except (ValueError, TypeError):
            pass
    return None
print(first_int(['x', None, [], '42', '7']), first_int([]))
count = 0
for n in range(-2, 3):
    try:
        count += 10 // n
    except ZeroDivisionError:
        count += 1000
print(count)
