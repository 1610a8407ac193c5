"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all
k. The sift steps are CPython's (sift the hole to a leaf, then bubble the
item up), so the lists come out in the same order, and items are compared
only with `<`. The five list operations are native (`_heapq`); the
Python sift helpers stay for the max-heap variants.
"""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop

__all__ = [
    "heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest",
    "nsmallest", "heappushpop",
]


def _siftdown(heap, startpos, pos):
    # Move heap[pos] up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Move the smaller child up until reaching a leaf, then put the item
    # there and sift it back up.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)












def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def _heapify_max(heap):
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Equal items come out in the order of their inputs."""
    its = [iter(it) for it in iterables]
    return _merge(its, key, reverse)


def _merge(its, key, reverse):
    # heads[i] = [sort key, input number, value, iterator]; the best head
    # is found by a scan (inputs are few), ties going to the earlier input.
    heads = []
    for order, it in enumerate(its):
        for value in it:
            heads.append([value if key is None else key(value), order, value, it])
            break
    while heads:
        best = 0
        bk = heads[0][0]
        for i in range(1, len(heads)):
            k = heads[i][0]
            if (bk < k) if reverse else (k < bk):
                best = i
                bk = k
        head = heads[best]
        yield head[2]
        for value in head[3]:
            head[0] = value if key is None else key(value)
            head[2] = value
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]"""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = min(it, default=sentinel)
        else:
            result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]"""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        if key is None:
            result = max(it, default=sentinel)
        else:
            result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
