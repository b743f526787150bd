"""Unit surveys on the command line: `import-survey` brings a survey tool's file of
SVEST-R or SVEST answers into a unit's round (made when new), `surveys` lists the
rounds with their respondents, and `survey-compare` sets two rounds of a unit side by
side, factor by factor, small groups withheld as in the window. `import-survey-key`
enters a survey's scoring key from the authors' form for the rounds answered from then
on, and `survey-key` lists the newest key."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peersupport_desktop.cli import column_maps
from peersupport_desktop.cli.argument_types import day
from peersupport_desktop.cli.console import refuse, say
from peersupport_desktop.cli.exit_codes import ExitCode
from peersupport_desktop.cli.record_commands import (
    add_import_command,
    add_listing_command,
    add_listing_options,
    check_listing_output,
    run_import,
    say_import,
    say_rejected,
    show_listing,
)
from peersupport_desktop.core.codes import SurveyInstrument

if TYPE_CHECKING:
    from peersupport_desktop.services.record_listing import Listing
    from peersupport_desktop.store.vault import Vault


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """import-survey, surveys, survey-compare, import-survey-key and survey-key."""
    imported = sub.add_parser(
        "import-survey",
        parents=[common],
        help="import a unit survey's answers (SVEST-R or SVEST) from a CSV or XLSX file into "
        "a round of the unit, made if new; only the items' answers are kept",
    )
    imported.add_argument("file", type=Path, metavar="FILE.csv|FILE.xlsx")
    imported.add_argument("--unit", required=True, metavar="DEPARTMENT")
    imported.add_argument("--round", dest="label", required=True, metavar="LABEL")
    imported.add_argument(
        "--instrument",
        choices=[code.value for code in SurveyInstrument],
        help="the survey of a new round (default svest_r); an existing round keeps its own",
    )
    imported.add_argument(
        "--held-on", type=day, metavar="YYYY-MM-DD", help="when a new round closed (today)"
    )
    imported.add_argument(
        "--key",
        type=int,
        metavar="N",
        help="the scoring key a new round is scored with: 0 the program's own table, 1, 2, "
        "… the keys entered (default the newest); a unit's next round made for its earlier "
        "rounds' key stays comparable with them",
    )
    imported.add_argument(
        "--mapping",
        metavar="NAME",
        help="read the file's columns with this saved mapping (default: the items' own "
        "names, a saved mapping they fit, or the usual names: svest_1, q1, Item 1)",
    )
    column_maps.add_map_option(imported, saved_as="--mapping NAME")
    imported.set_defaults(handler=import_survey)

    add_listing_command(
        sub,
        common,
        "surveys",
        "list the unit survey rounds with their respondents",
        _rounds,
        _round_line,
    )

    compare = sub.add_parser(
        "survey-compare",
        parents=[common],
        help="compare two survey rounds of a unit factor by factor; a round or factor "
        "answered by fewer than the small-number threshold is withheld",
    )
    compare.add_argument("--unit", required=True, metavar="DEPARTMENT")
    compare.add_argument("--before", required=True, metavar="LABEL")
    compare.add_argument("--after", required=True, metavar="LABEL")
    add_listing_options(compare)
    compare.set_defaults(handler=compare_rounds)
    _register_keys(sub, common)


def _instrument_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--instrument",
        choices=[code.value for code in SurveyInstrument],
        default=SurveyInstrument.SVEST_R.value,
        help="the survey whose key it is (default svest_r)",
    )


def _register_keys(sub: Any, common: argparse.ArgumentParser) -> None:
    keyed = add_import_command(
        sub,
        common,
        "import-survey-key",
        "survey_key",
        "enter a survey's scoring key from the authors' form: a CSV or XLSX file with "
        "columns item, factor and reverse (yes/no or R), one row per item; the whole key "
        "or nothing",
    )
    _instrument_option(keyed)
    keyed.set_defaults(handler=import_key)  # a key refused whole is said in one sentence

    listed = add_listing_command(
        sub,
        common,
        "survey-key",
        "list the scoring key new rounds of a survey are scored with (the newest the "
        "program entered, or its own item table), in import-survey-key's columns",
        _key,
        lambda r: (
            f"item {r['item']}: {r['factor']}{' (reverse-worded)' if r['reverse'] == 'yes' else ''}"
        ),
    )
    _instrument_option(listed)
    listed.add_argument(
        "--key",
        type=int,
        metavar="N",
        help="list key N instead (0 the program's own table): the one an older round keeps",
    )


def import_key(args: argparse.Namespace) -> int:
    """Refused as a whole (a key short of an item, the program's own table given back):
    one sentence, the exit code of a refused file."""
    from peersupport_desktop.core.scoring_keys import KeyProblem
    from peersupport_desktop.services.survey_keys import OwnTable, ScoringKey

    try:
        return run_import(args, "survey_key", lambda _vault: ScoringKey(args.instrument))
    except (KeyProblem, OwnTable) as refused:
        return refuse(str(refused))


def _key(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.core.svest import PROVISIONAL
    from peersupport_desktop.services.survey_keys import key_in_use, listing_of

    survey = key_in_use(vault, args.instrument, args.key)
    if not args.json and args.out is None and not survey.settled:
        say(PROVISIONAL)
    return listing_of(survey)


def import_survey(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open_intact
    from peersupport_desktop.services import survey_answers, unit_surveys
    from peersupport_desktop.services.clock import now
    from peersupport_desktop.services.record_import import RowsRejected

    with _open_intact(args) as vault:
        found = unit_surveys.find_round(vault, args.unit, args.label)
        if found is not None and args.instrument and found.instrument != args.instrument:
            return refuse(
                "That round already holds the other survey's answers: give another round."
            )
        if found is not None and args.key is not None:
            return refuse(
                f"That round is already made, scored with {found.scored_with}: --key is for "
                "a new round."
            )
        target: int | unit_surveys.NewRound = (
            found.id
            if found is not None
            else unit_surveys.NewRound(
                args.unit,
                args.label,
                args.held_on or now().date(),
                args.instrument or SurveyInstrument.SVEST_R,
                args.key,
            )
        )
        # Columns mapped here (--map) are saved as --mapping NAME, as every import's are.
        mapping = column_maps.mapping_of(args.map) if args.map else None
        try:
            result = survey_answers.import_answers(
                vault, target, args.file, mapping=mapping, source=args.mapping
            )
        except RowsRejected as rejected:
            return say_rejected(rejected)
        except (survey_answers.AlreadyImported, survey_answers.SmallAddition) as refused:
            return refuse(str(refused))
        if found is None:
            made = unit_surveys.find_round(vault, args.unit, args.label)
            assert made is not None
            say(f"New round '{made.label}' of {made.unit} ({made.instrument.label}).")
    say_import(result)
    return ExitCode.OK


def _rounds(args: argparse.Namespace, vault: Vault) -> Listing:
    from peersupport_desktop.services.unit_surveys import rounds_listing

    return rounds_listing(vault)


def _round_line(row: dict[str, Any]) -> str:
    return (
        f"{row['unit']}: {row['label']} ({row['held_on']}, {row['instrument']}): "
        f"{row['respondents']} respondents, scored with {row['scored_with']}"
    )


def compare_rounds(args: argparse.Namespace) -> int:
    from peersupport_desktop.cli.commands import _open
    from peersupport_desktop.core.svest import PROVISIONAL
    from peersupport_desktop.services.survey_results import (
        TOO_FEW,
        compare,
        comparison_listing,
    )

    refused = check_listing_output(args)
    if refused is not None:
        return refused
    with _open(args) as vault:
        comparison = compare(vault, args.unit, args.before, args.after)
        if not args.json and args.out is None:
            for side, result in (("Before", comparison.before), ("After", comparison.after)):
                shown = TOO_FEW if result.withheld else f"{result.round.respondents} respondents"
                say(f"{side}: {result.round.label} ({result.round.held_on}), {shown}")
            if comparison.provisional:
                say(f"{PROVISIONAL} (import-survey-key)")
        return show_listing(
            args,
            vault,
            comparison_listing(comparison),
            lambda r: (
                f"{r['factor']} ({r['direction']}): {r['before']} -> {r['after']}, {r['meaning']}"
            ),
        )
