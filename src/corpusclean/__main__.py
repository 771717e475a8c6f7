"""`python -m corpusclean`: the same command line as the `corpusclean` script."""

from .cli import main

if __name__ == "__main__":
    main()
