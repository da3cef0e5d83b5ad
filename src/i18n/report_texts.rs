//! Texts of the committee status report (`korps export report`): its period line, headline,
//! tables, chart, school lists and appendix, and its refusals.

super::catalog! {
    REP_PERIOD_LINE: "Rapportperiode {from}–{to}, opgjort {today}", "Reporting period {from}–{to}, as of {today}";
    REP_BUDGET: "Budget og forbrug", "Budget and spending";
    REP_BUDGET_YEAR: "Budget og forbrug {year}", "Budget and spending {year}";
    REP_FLAG_LINE: "{flag}: {why}", "{flag}: {why}";
    REP_YEAR_LINE: "{year}: {text}", "{year}: {text}";
    REP_NO_FLAGS: "✓ Ingen flag: prognosen {forecast} er {percent} % af budgettet {budget}", "✓ No flags: the forecast {forecast} is {percent} % of the budget {budget}";
    REP_STATUS: "Status", "Status";
    REP_STATUS_OK: "✓ Ingen flag", "✓ No flags";
    REP_OVER_MARK: "! {amount}", "! {amount}";
    REP_TOTAL: "I alt", "Total";
    REP_LAST_YEAR: "{year} (sidste år)", "{year} (last year)";
    REP_CHART: "Forbrug og arrangementer pr. måned", "Spending and events per month";
    REP_CHART_CAPTION: "Akkumuleret forbrug (fuld linje) mod budgettet fordelt pro rata over året (stiplet), og arrangementer pr. måned (afholdte mørke, kommende lyse).", "Cumulative spending (solid line) against the budget spread pro rata over the year (dashed), and events per month (held dark, coming light).";
    REP_LINE_SPENT: "Forbrug, akkumuleret", "Spending, cumulative";
    REP_LINE_PRO_RATA: "Budget pro rata", "Budget pro rata";
    REP_BARS_HELD: "Afholdte arrangementer", "Events held";
    REP_BARS_COMING: "Kommende arrangementer", "Events coming";
    REP_KR: "kr.", "kr.";
    REP_ACTIVITY: "Aktivitet", "Activity";
    REP_SCHOOLS_VISITED: "Folkeskoler besøgt", "Primary schools visited";
    REP_SCHOOLS: "Folkeskoler i sæsonen {season}", "Primary schools in the season {season}";
    REP_SCHOOLS_LINE: "{visited} af {total} aktive folkeskoler har haft eller har planlagt besøg i sæsonen {season}; {missing} mangler.", "{visited} of {total} active primary schools have had or have planned a visit in the season {season}; {missing} have not.";
    REP_SCHOOLS_ALL: "Alle {total} aktive folkeskoler har haft eller har planlagt besøg i sæsonen {season}.", "All {total} active primary schools have had or have planned a visit in the season {season}.";
    REP_SCHOOLS_SEE_APPENDIX: "Skolerne uden besøg står i bilaget sidst i rapporten.", "The schools without a visit are listed in the appendix at the end of the report.";
    REP_SCHOOLS_NOT_VISITED: "Uden besøg", "Without a visit";
    REP_APPENDIX: "Bilag: Folkeskoler uden besøg i sæsonen {season}", "Appendix: Primary schools without a visit in the season {season}";
    REP_SCHOOL: "Skole", "School";
    REP_MONTHS: "Forbrug pr. måned", "Spending per month";
    REP_HELD: "Afholdt", "Held";
    REP_COMING: "Kommende", "Coming";
    REP_YEAR_UNKNOWN: "{year} ligger uden for projektperioden {from}–{to} og har intet budget. Vælg et år i perioden, eller sæt et budget for {year} først.", "{year} lies outside the project period {from}–{to} and has no budget. Choose a year in the period, or set a budget for {year} first.";
    REP_SHEET_FIGURES: "Nøgletal", "Key figures";
    REP_SHEET_MONTHS: "Måneder", "Months";
    REP_SHEET_SCHOOLS: "Skoler", "Schools";
    REP_FIGURE: "Nøgletal", "Figure";
}
