"""Stage 1, the outline: YAML with positions (`source`), validation and the JSON Schema
(`schema`), the model it builds (`model`), images it names (`assets`); `load` runs them."""
