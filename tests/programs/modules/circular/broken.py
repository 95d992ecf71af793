print("broken runs")
VALUE = 1
raise ValueError("broken on import")
