"""corpusclean inside the tools corpus builders already run: a datatrove pipeline step
(``datatrove.CorpusClean``) and a batched function for Hugging Face ``Dataset.map``
(``hf.clean_batch``). Each cleans one document at a time with ``clean_page``; site-level
repeats need a whole run (``corpusclean clean``) and are not found here.
"""
