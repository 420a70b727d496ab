"""Dependencies between the projects of one run: cycles (strongly connected components)
and everything a set of projects needs."""

from __future__ import annotations

from collections.abc import Iterable


def cycles(depends: list[list[int]]) -> list[list[int]]:
    """Groups of two or more projects that depend on each other, round a cycle (Tarjan's
    algorithm, iterative); each group sorted, groups in order of their first member."""
    n = len(depends)
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    groups: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        work: list[tuple[int, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack[node] = True
            recurse = False
            edges = depends[node]
            while child < len(edges):
                nxt = edges[child]
                child += 1
                if index[nxt] == -1:
                    work.append((node, child))
                    work.append((nxt, 0))
                    recurse = True
                    break
                if on_stack[nxt]:
                    low[node] = min(low[node], index[nxt])
            if recurse:
                continue
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(groups)


def closure(start: Iterable[int], depends: list[list[int]]) -> set[int]:
    """``start`` and every project they depend on, directly or not."""
    seen: set[int] = set()
    todo = list(start)
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        todo.extend(depends[node])
    return seen


def dependants_closure(start: Iterable[int], depends: list[list[int]]) -> set[int]:
    """``start`` and every project that depends on one of them, directly or not."""
    needed_by: list[list[int]] = [[] for _ in depends]
    for p, qs in enumerate(depends):
        for q in qs:
            needed_by[q].append(p)
    return closure(start, needed_by)
