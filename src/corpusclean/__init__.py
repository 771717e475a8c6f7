"""corpusclean: scraped pages to clean article text, with a manifest of every removal."""

from .api import CleanResult, clean_dir, clean_page
from .config import Config

__version__ = "0.1.0"
__all__ = ["CleanResult", "Config", "__version__", "clean_dir", "clean_page"]
