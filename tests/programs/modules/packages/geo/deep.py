def beyond():
    from ... import anything
    return anything
