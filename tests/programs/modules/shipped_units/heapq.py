# The program's own heapq shadows the one closc ships, as a file beside the main one
# shadows the standard library's in CPython.
ORIGIN = "the program's heapq"


def heappush(heap, item):
    heap.append(("pushed", item))
