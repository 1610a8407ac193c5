def comps(rows, k):
    flat = [x for row in rows for x in row if x > k]
    uniq = {x % k for x in flat}
    index = {v: i for i, v in enumerate(flat)}
    total = sum(x for x in flat)
    return flat, uniq, index, total


def walrus(data):
    if any((hit := x) > 10 for x in data):
        return hit
    return [y for x in data if (y := x * 2) > 3]
