def relative():
    sibling = __import__("other", globals(), None, ["NAME"], 1)
    parent = __import__("", globals(), None, ["star"], 1)
    return sibling.NAME, parent.NAME, parent.star.NAME
