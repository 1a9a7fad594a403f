"""The generator's built-in templates, installed as the package `generator.templates`.

This folder stays at the top of the repository (where the README and the golden tests point),
and pyproject.toml maps it into the installed package with `package-dir`. The mapping needs a
regular package for setuptools' editable install (`pip install -e .`, what the Makefile runs) to
find it; a namespace package is not mapped there. The generator looks this package up through
the import system (generator/fingerprint.py) and reads the files; it never imports this module.
"""
