"""Vector drawings both PDF writers share (the report and the slides PDF): a chart drawn with
reportlab's graphics in the theme's colours, fonts and chart geometry. Beside the writers, below
them: it knows the theme and the measurer, not the documents."""
