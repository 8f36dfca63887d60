"""The models are frozen dataclasses made on first use (reader.core.models_frozen): whatever
touches a class first (an instance, unpickling, copying, a look at its fields), it then behaves
as ``@dataclass(frozen=True)`` does. Each case runs in a fresh process, where no class has been
made yet."""

from __future__ import annotations

import textwrap
from pathlib import Path

from tests.pychild import run_python

ROOT = Path(__file__).resolve().parents[2]


def _fresh(code: str) -> str:
    """Run ``code`` in a new interpreter; its standard output."""
    done = run_python(textwrap.dedent(code))
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip()


def test_importing_the_models_makes_no_dataclass() -> None:
    out = _fresh("""
        from reader.core import models, parsed
        print(sorted(n for n in ("Feed", "Article", "Folder", "Enclosure")
                     if "__dataclass_fields__" in vars(getattr(models, n))),
              "__dataclass_fields__" in vars(parsed.ParsedEntry))
    """)
    assert out == "[] False"


def test_the_first_instance_is_a_frozen_dataclass() -> None:
    out = _fresh("""
        import dataclasses
        from reader.core.models import Feed
        feed = Feed(id=1, url="https://example.org/f", title="F")
        try:
            feed.title = "G"
        except dataclasses.FrozenInstanceError:
            print("frozen")
        print(feed == Feed(1, "https://example.org/f", "F"), hash(feed) == hash(Feed(1, "x", "F")))
        print(feed != Feed(2, "https://example.org/f", "F"), dataclasses.is_dataclass(feed))
        print(dataclasses.replace(feed, title="G").title, repr(feed)[:28])
        try:
            Feed(1)
        except TypeError as exc:
            print("TypeError", "missing 2 required positional arguments" in str(exc))
    """)
    assert out.splitlines() == [
        "frozen",
        "True False",
        "True True",
        "G Feed(id=1, url='https://exam",
        "TypeError True",
    ]


def test_fields_and_matching_work_before_any_instance() -> None:
    out = _fresh("""
        import dataclasses
        from reader.core.models import Folder
        from reader.core.parsed import OpmlDocument
        print([f.name for f in dataclasses.fields(Folder)], dataclasses.is_dataclass(Folder))
        print(Folder.__match_args__, OpmlDocument().root.title == "")
        match Folder(3, "News"):
            case Folder(id, name):
                print(id, name)
    """)
    assert out.splitlines() == [
        "['id', 'name', 'parent_id'] True",
        "('id', 'name', 'parent_id') True",
        "3 News",
    ]


def test_an_instance_unpickled_or_copied_first_makes_its_class() -> None:
    blob = _fresh("""
        import pickle, sys
        from reader.core.models import Enclosure
        sys.stdout.write(pickle.dumps(Enclosure("https://example.org/a.mp3", "audio/mpeg", 5)).hex())
    """)
    out = _fresh(f"""
        import copy, pickle
        from reader.core.models import Enclosure, Folder
        loaded = pickle.loads(bytes.fromhex("{blob}"))
        print(loaded == Enclosure("https://example.org/a.mp3", "audio/mpeg", 5), loaded.size)
        print(repr(copy.copy(loaded))[:9])
    """)
    assert out.splitlines() == ["True 5", "Enclosure"]


def test_threads_making_the_same_class_at_once_get_one_dataclass() -> None:
    out = _fresh("""
        import threading
        from reader.core.parsed import ParsedEntry
        made, start = [], threading.Barrier(8)
        def make(i):
            start.wait()
            made.append(ParsedEntry(entry_id=str(i), title="t", link=""))
        threads = [threading.Thread(target=make, args=(i,)) for i in range(8)]
        for t in threads: t.start()
        for t in threads: t.join()
        print(len(made), sorted(int(e.entry_id) for e in made) == list(range(8)))
        print(len({type(e).__eq__ for e in made}), ParsedEntry.__init__.__qualname__)
    """)
    assert out.splitlines() == ["8 True", "1 ParsedEntry.__init__"]


def test_an_instance_made_while_another_thread_makes_the_class_waits_for_it() -> None:
    # The making is slowed down so that a second thread asks for an instance in the middle of
    # it: it got object.__init__ ("ParsedEntry() takes no arguments") before.
    out = _fresh("""
        import dataclasses, threading, time
        from reader.core.parsed import ParsedEntry
        inside = threading.Event()
        real = dataclasses.dataclass
        def slow(**options):  # models_frozen imports dataclasses when it makes a class
            def make(cls):
                inside.set()
                time.sleep(0.3)
                return real(**options)(cls)
            return make
        dataclasses.dataclass = slow
        errors, made = [], []
        def second():
            inside.wait()
            try:
                made.append(ParsedEntry(entry_id="b", title="t", link=""))
            except Exception as exc:
                errors.append(repr(exc))
        thread = threading.Thread(target=second)
        thread.start()
        first = ParsedEntry(entry_id="a", title="t", link="")
        thread.join()
        print(errors, [e.entry_id for e in made], first.entry_id, made[0] == ParsedEntry("b", "t", ""))
    """)
    assert out == "[] ['b'] a True"
