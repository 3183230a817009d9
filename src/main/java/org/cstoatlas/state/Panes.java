package org.cstoatlas.state;

/** Which panes stand beside the map: the browse lists, the detail pane, the legend unfolded. */
public record Panes(boolean browse, boolean detail, boolean legend) {

    public static final Panes ALL = new Panes(true, true, true);

    public Panes withBrowse(boolean on) {
        return new Panes(on, detail, legend);
    }
}
