"""Page-level failures: raised inside a page's processing, recorded as one `error` manifest row."""


class PageError(Exception):
    """A page that cannot be cleaned; the message is shown to people as it is."""

    def __init__(self, message: str, code: str = "unreadable_page") -> None:
        super().__init__(message)
        self.code = code
