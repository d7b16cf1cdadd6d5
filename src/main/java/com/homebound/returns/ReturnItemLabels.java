package com.homebound.returns;

import org.springframework.stereotype.Component;

/** What the return diagram's Tasklist names say about an item, as ${returnItems.labelOf(returnItemId)}. */
@Component("returnItems")
public class ReturnItemLabels {

    private final ReturnRepository returns;

    ReturnItemLabels(ReturnRepository returns) {
        this.returns = returns;
    }

    /** "laptop (Lenovo ThinkPad E14 Gen 6)". */
    public String labelOf(long returnItemId) {
        return returns.labelOf(returnItemId);
    }
}
