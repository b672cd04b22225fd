"""What benchmarks/load.py prints: latency per kind of request, errors, and each worker's figures."""

import os
from collections import Counter, defaultdict

from benchmarks.load_server import address_key

SHARES = (0.5, 0.95, 0.99)


def percentile(values, share):
    """The nearest-rank percentile (0 for no values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


def errors_by_status(results) -> tuple[int, str]:
    """Requests not answered 200 (status 0: no answer), and every status counted."""
    statuses = Counter(status for _kind, status, _seconds, _path in results)
    errors = sum(count for status, count in statuses.items() if status != 200)
    counted = ", ".join(f"{status or 'no answer'} x{count}" for status, count in sorted(statuses.items()))
    return errors, counted


def latency_rows(urls, results, logged) -> list[tuple[str, int, list[float], list[float], list[float]]]:
    """(kind, requests, percentiles as clients waited, as the workers spent in wall time and in CPU
    time) per kind, then for all requests; logged requests are matched to kinds by address."""
    kind_of = {address_key(url): kind for kind, addresses in urls.items() for url in addresses}
    waited, spent, cpu = defaultdict(list), defaultdict(list), defaultdict(list)
    for kind, _status, seconds, _path in results:
        waited[kind].append(seconds)
        waited["all"].append(seconds)
    for entry in logged:
        for kind in (kind_of.get(entry.address, "other"), "all"):
            spent[kind].append(entry.seconds)
            cpu[kind].append(entry.cpu)
    return [
        (
            kind,
            len(waited[kind]),
            _percentiles(waited[kind]),
            _percentiles(spent[kind]),
            _percentiles(cpu[kind]),
        )
        for kind in [*urls, "all"]
    ]


def _percentiles(values) -> list[float]:
    return [percentile(values, share) for share in SHARES]


def report(args, urls, results, logged, loads, own_cpu) -> int:
    """Prints the load's figures; returns the number of errors."""
    errors, counted = errors_by_status(results)
    print(f"\nLoad: {args.workers} workers, {args.clients} clients, {args.seconds:g} s")
    print(f"  requests: {len(results):,} ({len(results) / args.seconds:.1f}/s); errors: {errors} ({counted})")
    for kind, status, _seconds, path in [row for row in results if row[1] != 200][:10]:
        print(f"    {status or 'no answer'} {kind}: {path[:140]}")
    columns = "".join(f"{name + ' p50':>11}{'p95':>6}{'p99':>6}" for name in ("client", "worker", "CPU"))
    print(f"\n{'ms':<24}{'requests':>8}{columns}")
    for kind, count, *series in latency_rows(urls, results, logged):
        figures = "".join(
            f"{value * 1000:>{width}.0f}" for s in series for value, width in zip(s, (11, 6, 6), strict=True)
        )
        print(f"{kind:<24}{count:>8}{figures}")
    print(
        "client: from connecting to the end of the answer, waiting for a free worker included;\n"
        "worker: the worker's wall time on the request, CPU: its CPU time (gunicorn's access log)."
    )
    averages = ", ".join(f"{load:.1f}" for load in loads)
    print(f"clients' CPU {own_cpu:.1f} s; load average during the run: {averages} ({os.cpu_count()} cores)")
    return errors


def report_workers(pids, now, first, stages, logged, results, served):
    """Each worker's first search, requests and CPU under load (its requests' CPU time as logged: a
    request cut short by a timeout is not), memory at each stage, and the requests it had ``served``
    in all by the end. Workers gone by the end (``pids`` not in ``now``) were replaced by gunicorn."""
    requests = Counter(entry.pid for entry in logged)
    cpu = defaultdict(float)
    for entry in logged:
        cpu[entry.pid] += entry.cpu
    print("\nWorkers, MB: RSS = own (RssAnon) + file-backed (RssFile: the index's map, libraries),")
    print("Pss (shared pages divided among the processes mapping them), private pages, peak RSS")
    for pid in [*pids, *sorted(set(now) - set(pids))]:
        firsts = "; ".join(f"{stage} {_first_text(times.get(pid))}" for stage, times in first.items())
        fate = "" if pid in now else " (gone by the end: gunicorn killed it)"
        print(f"  worker {pid}{fate}: {firsts if pid in pids else 'started during the load'}")
        print(f"    under load: {requests[pid]:,} requests, CPU {cpu[pid]:.1f} s; ", end="")
        print(f"{served[pid]:,} requests in all by the end")
        for stage, figures in stages.items():
            if pid in figures:
                print(f"    {stage:<13}{memory_text(figures[pid])}")
    total = sum(cpu.values())
    print(f"  workers' CPU under load {total:.1f} s, {total / max(1, len(logged)) * 1000:.0f} ms per request")


def _first_text(taken) -> str:
    if taken is None:
        return "not reached"
    wall, cpu, waited = (value * 1000 for value in taken)
    return f"{wall:.0f} ms ({cpu:.0f} ms CPU; client {waited:.0f} ms)"


def memory_text(figures) -> str:
    return (
        f"RSS {figures['VmRSS']:>5.0f} = {figures['RssAnon']:>4.0f} own + {figures['RssFile']:>4.0f} file, "
        f"Pss {figures['Pss']:>4.0f}, private {figures['Private']:>4.0f}, peak {figures['VmHWM']:>5.0f}; "
        f"CPU so far {figures['CPU']:.1f} s"
    )
