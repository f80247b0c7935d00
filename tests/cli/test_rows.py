"""Reading contact rows for ``groups import``: the column map, formats, row counting."""

from __future__ import annotations

import io
import json

import pytest

from lox24.cli._rows import Reader, RowsError, count_rows, file_format, parse_map


def test_parse_map():
    """field=column pairs, comma-separated; fields are the phone's, columns kept as written."""
    assert parse_map("phone=Mobile, a=First Name") == {"phone": "Mobile", "a": "First Name"}
    assert parse_map(None) == {}


@pytest.mark.parametrize("text", ["phone", "phone=", "zz=Col", "=Mobile"])
def test_parse_map_refuses_bad_entries(text):
    """An entry without column or with an unknown field is refused."""
    with pytest.raises(RowsError):
        parse_map(text)


def test_file_format(tmp_path):
    """The format comes from --format, else the suffix; anything else is refused."""
    assert file_format(tmp_path / "a.csv", None) == "csv"
    assert file_format(tmp_path / "a.ndjson", None) == "jsonl"
    assert file_format(tmp_path / "a.data", "jsonl") == "jsonl"
    with pytest.raises(RowsError, match="--format"):
        file_format(tmp_path / "a.xlsx", None)


def test_count_rows(tmp_path):
    """Data rows are counted from line ends, without the CSV header, with or without a last newline."""
    csv_file = tmp_path / "a.csv"
    csv_file.write_text("phone\n1\n2\n3", encoding="utf-8")
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("{}\n{}\n", encoding="utf-8")
    assert count_rows(csv_file, "csv") == 3
    assert count_rows(jsonl, "jsonl") == 2
    assert count_rows(tmp_path / "missing.csv", "csv") is None


def test_csv_rows_are_mapped_and_unmapped_fields_read_by_name():
    """Mapped columns fill their fields; a column named like a field fills it too; blanks are left out."""
    stream = io.StringIO("Mobile,Name,callback_data,other\n+4915111,Anna,ref-1,x\n+4915112,,,y\n")
    rows = list(Reader(stream, "csv", {"phone": "Mobile", "a": "Name"}))
    assert rows == [
        {"phone": "+4915111", "a": "Anna", "callback_data": "ref-1"},
        {"phone": "+4915112"},
    ]


def test_unreadable_rows_keep_their_place_and_reason():
    """A bad JSON line, a non-object and a row without phone are kept, numbered, with reasons."""
    lines = [
        json.dumps({"phone": "+4915111"}),
        "{oops",
        "[1]",
        json.dumps({"a": "x"}),
        "",
        json.dumps({"phone": 4915112}),
    ]
    reader = Reader(io.StringIO("\n".join(lines)), "jsonl", {})
    rows = list(reader)
    assert rows == [{"phone": "+4915111"}, {}, {}, {"a": "x"}, {"phone": "4915112"}]
    assert set(reader.problems) == {1, 2, 3}
    assert "not valid JSON" in reader.problems[1]
    assert "not a JSON object" in reader.problems[2]
    assert "no phone number" in reader.problems[3]


def test_a_mapped_column_that_is_missing_is_refused():
    """--map naming a column the CSV does not have fails before any row is read."""
    with pytest.raises(RowsError, match="'Mobile'"):
        Reader(io.StringIO("phone\n+4915111\n"), "csv", {"phone": "Mobile"})


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_found_from_the_header(delimiter):
    """Semicolon (as spreadsheets write it in Germany), tab and pipe files read like commas."""
    text = f"Mobile{delimiter}Name\n+4915111{delimiter}Anna\n"
    rows = list(Reader(io.StringIO(text), "csv", {"phone": "Mobile", "a": "Name"}))
    assert rows == [{"phone": "+4915111", "a": "Anna"}]


def test_each_row_knows_the_line_of_the_file_it_starts_on():
    """CSV lines count the header as 1 and a quoted value's line breaks; JSON Lines count blanks."""
    text = 'phone,a\n+491511111111,Anna\n+491511111112,"two\nlines"\n+491511111113,Cem\n'
    reader = Reader(io.StringIO(text), "csv", {})
    lines = [reader.line for _ in reader]
    assert lines == [2, 3, 5]
    jsonl = '{"phone": "+491511111111"}\n\n{"phone": "+491511111112"}\nnot json\n'
    reader = Reader(io.StringIO(jsonl), "jsonl", {})
    assert [reader.line for _ in reader] == [1, 3, 4]
